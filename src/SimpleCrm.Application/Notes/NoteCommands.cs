using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Notes;

/// <summary>
/// Adds, edits and deletes notes on records the user may see. Everyone edits only their own notes;
/// an admin may also delete anyone's. Each change writes a line into the record's history.
/// </summary>
public sealed class NoteCommands(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>How much of a note its history line quotes.</summary>
    public const int ExcerptLength = 120;

    public async Task<Result<int>> AddAsync(RecordRef record, string? text, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var failures = Validate(text);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var note = new Note { RecordType = record.Type, RecordId = record.Id, Text = text!.Trim() };
        db.Notes.Add(note);
        Record(record, NoteMessages.Added, note.Text);
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await DealActivity.TouchAsync(db, record, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(note.Id);
    }

    public async Task<Result> UpdateAsync(int id, string? text, CancellationToken cancellationToken)
    {
        var note = await VisibleAsync(id, cancellationToken);
        if (note is null)
        {
            return Result.NotFound();
        }

        if (note.CreatedById != user.UserId)
        {
            return Result.Fail(new Failure(NoteMessages.NotYours));
        }

        var failures = Validate(text);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        if (note.Text != text!.Trim())
        {
            note.Text = text.Trim();
            Record(new RecordRef(note.RecordType, note.RecordId), NoteMessages.Edited, note.Text);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success;
    }

    /// <summary>Deletes the user's own note (an admin: anyone's); answers the record it hung off.</summary>
    public async Task<Result<RecordRef>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var note = await VisibleAsync(id, cancellationToken);
        if (note is null)
        {
            return Result<RecordRef>.NotFound();
        }

        if (note.CreatedById != user.UserId && !user.IsInRole(Roles.Admin))
        {
            return Result<RecordRef>.Fail(new Failure(NoteMessages.NotYours));
        }

        var record = new RecordRef(note.RecordType, note.RecordId);
        db.Notes.Remove(note);
        Record(record, NoteMessages.Deleted, note.Text);
        await db.SaveChangesAsync(cancellationToken);
        return Result<RecordRef>.Ok(record);
    }

    /// <summary>The note when the user may see the record it hangs off; null otherwise, exactly as when there is none.</summary>
    private async Task<Note?> VisibleAsync(int id, CancellationToken cancellationToken)
    {
        var note = await db.Notes.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        return note is not null && await db.IsVisibleAsync(new RecordRef(note.RecordType, note.RecordId), user, cancellationToken) ? note : null;
    }

    private static List<Failure> Validate(string? text)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, text, nameof(Note.Text));
        FieldRules.MaxLength(failures, text, Note.TextMaxLength, nameof(Note.Text));
        return failures;
    }

    private void Record(RecordRef record, string action, string text) =>
        db.History.Add(HistoryEntry.For(record, action, Excerpt(text), clock.GetUtcNow().UtcDateTime, user.UserId));

    private static string Excerpt(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= ExcerptLength ? line : line[..ExcerptLength] + "…";
    }
}
