using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Application.Reminders;

/// <summary>
/// The recurring job (every minute): delivers every due reminder not yet delivered, once. One
/// conditional UPDATE claims them with this run's token (a second run, or a second web instance,
/// finds them claimed), and in the same transaction each claimed reminder's email is stored in the
/// outgoing queue; the queue is told after the commit (a crash in between leaves Queued emails that
/// <see cref="EmailRecovery"/> re-queues). Reminders that fell due while the app was down are simply
/// due at the next run. Without an SMTP server, or for a user without an address, the reminder still
/// rings in the app and no email is written.
/// </summary>
public sealed class ReminderDelivery(CrmDbContext db, IEmailScheduler queue, IReminderMailWriter writer, TimeProvider clock)
{
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var run = Guid.NewGuid();
        var emails = new List<OutgoingEmail>();
        int claimed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            claimed = await db.Reminders.Where(r => r.DeliveredAt == null && r.DueAt <= now)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.DeliveredAt, now).SetProperty(r => r.DeliveryRun, run), cancellationToken);
            if (claimed > 0 && await db.SmtpSettings.AnyAsync(cancellationToken))
            {
                var rows = await ReminderRow.Of(db.Reminders.AsNoTracking().Where(r => r.DeliveryRun == run).OrderBy(r => r.Id), db).ToListAsync(cancellationToken);
                var calendar = TaskCalendar.At(clock);
                foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.MailTo)))
                {
                    var (subject, body) = writer.Write(new ReminderMail(row.Culture, row.RecordType, row.TargetName, row.Text, calendar.ToLocal(row.DueAt)));
                    emails.Add(new OutgoingEmail
                    {
                        // A reminder's email belongs to the reminder, not to the record: it is on no timeline.
                        RecordType = Reminder.EmailRecordType,
                        RecordId = row.Id,
                        To = row.MailTo!,
                        Subject = subject.Length > OutgoingEmail.SubjectMaxLength ? subject[..OutgoingEmail.SubjectMaxLength] : subject,
                        Body = body,
                        Status = OutgoingEmailStatus.Queued,
                        CreatedAt = now,
                        CreatedById = row.CreatedById,
                    });
                }

                db.OutgoingEmails.AddRange(emails);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var email in emails)
        {
            queue.Enqueue(email.Id);
        }

        return claimed;
    }
}
