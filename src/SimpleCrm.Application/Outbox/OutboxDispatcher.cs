using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Outbox;

/// <summary>
/// Hands committed domain events to their subscribers, oldest first, and marks them processed. A
/// subscriber that throws leaves the message for the next run, up to <see cref="MaxAttempts"/> tries.
/// </summary>
public sealed partial class OutboxDispatcher(CrmDbContext db, IServiceProvider services, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 5;
    private const int BatchSize = 100;

    /// <summary>Dispatches pending messages; returns how many were handled.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var messages = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var handled = 0;
        foreach (var message in messages)
        {
            message.Attempts++;
            try
            {
                await HandleAsync(message, cancellationToken);
                message.ProcessedAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                handled++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception, message.Id, message.Type);
                var error = exception.Message;
                message.LastError = error.Length > OutboxMessage.ErrorMaxLength ? error[..OutboxMessage.ErrorMaxLength] : error;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return handled;
    }

    private async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = DomainEventTypes.Find(message.Type)
            ?? throw new InvalidOperationException($"Unknown domain event type '{message.Type}'.");
        var domainEvent = JsonSerializer.Deserialize(message.Payload, type, OutboxWriter.Json)
            ?? throw new InvalidOperationException($"Empty payload in outbox message {message.Id}.");
        var subscriberType = typeof(IDomainEventSubscriber<>).MakeGenericType(type);
        foreach (var subscriber in services.GetServices(subscriberType))
        {
            var task = (Task)subscriberType.GetMethod(nameof(IDomainEventSubscriber<IDomainEvent>.HandleAsync))!
                .Invoke(subscriber, [domainEvent, cancellationToken])!;
            await task;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, long messageId, string type);
}
