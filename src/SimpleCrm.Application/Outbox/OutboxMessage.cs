namespace SimpleCrm.Application.Outbox;

/// <summary>
/// A domain event written in the same transaction as the change that raised it ("contacts were
/// added to list 5"). The dispatcher hands it to whichever handlers later features register
/// (auto-conversion of list members into deals), so the code that raises it knows none of them.
/// </summary>
public sealed class OutboxMessage
{
    public const int TypeMaxLength = 200;
    public const int ErrorMaxLength = 2000;

    public long Id { get; set; }

    /// <summary>The event's name: <see cref="DomainEventTypes"/>.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The event as JSON.</summary>
    public string Payload { get; set; } = string.Empty;

    public DateTime OccurredAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
