using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Email;

/// <summary>
/// The queue's job: sends one stored email. Safe to run twice (a sent email is not sent again). Keeps
/// to <see cref="EmailOptions.MaxPerMinute"/> across all senders by counting the attempts of the last
/// minute in the table, and hands a message over the limit back to the queue for later. A failure is
/// recorded (Failed, the error, the attempt) and then rethrown so the queue retries with its backoff.
/// </summary>
public sealed class EmailDelivery(
    CrmDbContext db, SmtpPasswordProtection protection, IMailTransport transport, MessageBuilder messages,
    IEmailScheduler queue, IOptions<EmailOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public async Task<OutgoingEmailStatus?> SendAsync(long emailId, CancellationToken cancellationToken)
    {
        var email = await db.OutgoingEmails.Include(e => e.Attachments).SingleOrDefaultAsync(e => e.Id == emailId, cancellationToken);
        if (email is null || email.Status == OutgoingEmailStatus.Sent)
        {
            return email?.Status;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var recent = await db.OutgoingEmails.Where(e => e.LastAttemptAt > since).Select(e => e.LastAttemptAt!.Value).ToListAsync(cancellationToken);
        if (recent.Count >= Math.Max(1, options.Value.MaxPerMinute))
        {
            // The oldest attempt in the window leaves it first; try again just after that.
            queue.Schedule(email.Id, recent.Min() + Window - now + TimeSpan.FromSeconds(1));
            return email.Status;
        }

        var connection = await SmtpConnections.CurrentAsync(db, protection, cancellationToken);
        email.Attempts++;
        email.LastAttemptAt = now;
        try
        {
            if (connection is null)
            {
                throw new InvalidOperationException("No SMTP server is set up.");
            }

            using var message = messages.Build(connection, email.To, email.Subject, email.Body,
                email.Attachments.Select(a => new MessageAttachment(a.FileName, a.ContentType, a.StoredName)));
            await transport.SendAsync(connection, message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = connection is null ? new SmtpError(EmailMessages.NotConfigured, string.Empty) : SmtpErrors.From(exception);
            email.Status = OutgoingEmailStatus.Failed;
            email.LastErrorKey = error.MessageKey;
            email.LastError = error.Detail;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        email.Status = OutgoingEmailStatus.Sent;
        email.SentAt = now;
        email.LastErrorKey = null;
        email.LastError = null;
        // A system mail (a reminder's) belongs to no record's timeline.
        if (RecordRef.From(email.RecordType, email.RecordId) is { } record)
        {
            db.History.Add(HistoryEntry.For(record, EmailMessages.Sent, $"{email.To}: {email.Subject}", now, email.CreatedById));
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return email.Status;
    }
}
