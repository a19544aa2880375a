using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Email;

/// <summary>
/// Writes an email on a record the user may see: validated, stored as Queued with a history line on
/// the record in one save, then handed to the queue. Attachments come only from that record's files.
/// </summary>
public sealed class EmailCommands(CrmDbContext db, ICurrentUser user, FileQueries files, IEmailScheduler queue, TimeProvider clock)
{
    /// <summary>The compose form's starting point, or null when the user may not see the record.</summary>
    public async Task<EmailDraft?> DraftAsync(RecordRef record, CancellationToken cancellationToken)
    {
        var recordFiles = await files.OfRecordAsync(record, cancellationToken);
        if (recordFiles is null)
        {
            return null;
        }

        // A deal's mail goes to its contact.
        var contactId = record.Type == HistoryRecordTypes.Deal
            ? await db.Deals.AsNoTracking().Where(d => d.Id == record.Id).Select(d => d.ContactId).SingleAsync(cancellationToken)
            : record.Id;
        var (name, email) = record.Type == HistoryRecordTypes.Lead
            ? await db.Leads.AsNoTracking().Where(l => l.Id == record.Id).Select(l => new ValueTuple<string, string?>(l.Name, l.Email)).SingleAsync(cancellationToken)
            : await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
                .Select(c => new ValueTuple<string, string?>(c.DisplayName, c.Emails.OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefault()))
                .SingleAsync(cancellationToken);
        return new EmailDraft(name, email, recordFiles, await db.SmtpSettings.AnyAsync(cancellationToken));
    }

    public async Task<Result<long>> SendAsync(RecordRef record, EmailInput input, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return Result<long>.NotFound();
        }

        var failures = new List<Failure>();
        var to = input.To?.Trim() ?? string.Empty;
        FieldRules.Require(failures, to, nameof(input.To));
        if (to.Length > 0 && (to.Length > OutgoingEmail.ToMaxLength || !FieldRules.IsEmail(to)))
        {
            failures.Add(new Failure(Messages.InvalidEmail, nameof(input.To)));
        }

        FieldRules.Require(failures, input.Subject, nameof(input.Subject));
        FieldRules.MaxLength(failures, input.Subject, OutgoingEmail.SubjectMaxLength, nameof(input.Subject));
        FieldRules.MaxLength(failures, input.Body, OutgoingEmail.BodyMaxLength, nameof(input.Body));
        var fileIds = input.FileIds.Distinct().ToList();
        var attached = await db.Files.AsNoTracking()
            .Where(f => fileIds.Contains(f.Id) && f.RecordType == record.Type && f.RecordId == record.Id)
            .Select(f => new OutgoingEmailAttachment { FileId = f.Id, FileName = f.FileName, StoredName = f.StoredName, ContentType = f.ContentType })
            .ToListAsync(cancellationToken);
        if (attached.Count != fileIds.Count)
        {
            failures.Add(new Failure(EmailMessages.AttachmentNotOnRecord, nameof(input.FileIds)));
        }

        if (!await db.SmtpSettings.AnyAsync(cancellationToken))
        {
            failures.Add(new Failure(EmailMessages.NotConfigured));
        }

        if (failures.Count > 0)
        {
            return Result<long>.Fail(failures);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var subject = input.Subject!.Trim();
        var email = new OutgoingEmail
        {
            RecordType = record.Type,
            RecordId = record.Id,
            To = to,
            Subject = subject,
            Body = input.Body ?? string.Empty,
            Status = OutgoingEmailStatus.Queued,
            CreatedAt = now,
            CreatedById = user.UserId,
            Attachments = attached,
        };
        db.OutgoingEmails.Add(email);
        db.History.Add(HistoryEntry.For(record, EmailMessages.Queued, $"{to}: {subject}", now, user.UserId));
        await db.SaveChangesAsync(cancellationToken);

        // Stored first, queued second: a crash in between leaves a Queued row that EmailRecovery re-queues.
        queue.Enqueue(email.Id);
        return Result<long>.Ok(email.Id);
    }
}
