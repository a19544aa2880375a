using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>Starts an import from the wizard's choices, cancels it, undoes it; each through the import's visibility.</summary>
public sealed class ImportCommands(CrmDbContext db, ICurrentUser user, IImportScheduler scheduler, ImportUndo undo, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        if (user.UserId is null)
        {
            return Result<int>.NotFound();
        }

        // A start sent twice (a reload, a double click, two tabs) is the one import of that upload, never a second run of the file.
        if (await StartedFromAsync(request.StoredFileName, cancellationToken) is { } started)
        {
            return Result<int>.Ok(started);
        }

        Result<int> created;
        try
        {
            created = await CreateForAsync(request, user.UserId, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent start of the same upload saved first (the stored name is unique): that one is the import.
            if (await StartedFromAsync(request.StoredFileName, CancellationToken.None) is { } raced)
            {
                return Result<int>.Ok(raced);
            }

            throw;
        }

        if (created.Succeeded)
        {
            scheduler.Enqueue(created.Value);
        }

        return created;
    }

    /// <summary>The user's import already made from this upload, if any.</summary>
    private async Task<int?> StartedFromAsync(string storedFileName, CancellationToken cancellationToken)
    {
        return await db.Imports.AsNoTracking().Where(i => i.StoredFileName == storedFileName && i.CreatedById == user.UserId)
            .Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Validates and saves the queued import as the given user's, without handing it to the background:
    /// the wizard's create queues it, a scheduled import runs it in its own job as the schedule's owner.
    /// </summary>
    internal async Task<Result<int>> CreateForAsync(ImportRequest request, string userId, CancellationToken cancellationToken)
    {
        var failures = await ValidateAsync(request, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var name = Path.GetFileName(request.OriginalFileName.Trim());
        var import = Unsaved(request, userId);
        import.OriginalFileName = name.Length > Import.FileNameMaxLength ? name[..Import.FileNameMaxLength] : name;
        import.Status = ImportStatus.Queued;
        import.RowsTotal = request.RowsTotal;
        import.CreatedAt = clock.GetUtcNow().UtcDateTime;
        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(import.Id);
    }

    /// <summary>Stops a queued or running import after the batch in progress; what it wrote stays (undo removes it).</summary>
    public async Task<Result> CancelAsync(int importId, CancellationToken cancellationToken)
    {
        if (!await db.Imports.VisibleTo(user).AnyAsync(i => i.Id == importId, cancellationToken))
        {
            return Result.NotFound();
        }

        var cancelled = await db.Imports.Where(i => i.Id == importId && (i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, ImportStatus.Cancelled).SetProperty(i => i.FinishedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        return cancelled == 1 ? Result.Success : Result.Fail(new Failure(ImportMessages.NotCancellable));
    }

    public async Task<Result<ImportUndoOutcome>> UndoAsync(int importId, CancellationToken cancellationToken) =>
        await db.Imports.VisibleTo(user).AnyAsync(i => i.Id == importId, cancellationToken)
            ? await undo.UndoAsync(importId, cancellationToken)
            : Result<ImportUndoOutcome>.NotFound();

    /// <summary>The import the request describes, not yet saved: what the run reads the file with (the preview reads it the same way).</summary>
    internal static Import Unsaved(ImportRequest request, string userId) => new()
    {
        EntityType = request.EntityType,
        StoredFileName = request.StoredFileName,
        Format = request.ReadSettings.Format.ToString(),
        CodePage = request.ReadSettings.CodePage,
        Delimiter = request.ReadSettings.Delimiter.ToString(),
        Sheet = request.ReadSettings.SheetName,
        Mapping = ImportJson.Write(request.Columns.Where(c => c.Target != ImportTargetKind.Ignored).ToList()),
        Defaults = ImportJson.Write(request.Defaults),
        DuplicatePolicy = request.DuplicatePolicy,
        Culture = KnownCulture(request.Culture),
        CreatedById = userId,
    };

    /// <summary>A culture .NET knows, else English (a stored name must always load again).</summary>
    internal static string KnownCulture(string? name)
    {
        try
        {
            return string.IsNullOrWhiteSpace(name) || name.Length > Import.CultureMaxLength ? "en" : CultureInfo.GetCultureInfo(name.Trim()).Name;
        }
        catch (CultureNotFoundException)
        {
            return "en";
        }
    }

    private async Task<List<Failure>> ValidateAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();

        var fields = request.Columns.Where(c => c.Target == ImportTargetKind.Field).Select(c => c.FieldKey).ToList();
        if (fields.Any(f => f is null || !ImportFields.For(request.EntityType).Contains(f)))
        {
            failures.Add(new Failure(ImportMessages.UnknownField, nameof(request.Columns)));
        }

        if (!fields.Any(f => ImportFields.NameFields(request.EntityType).Contains(f!)))
        {
            failures.Add(new Failure(ImportMessages.NameNotMapped, nameof(request.Columns)));
        }

        var customIds = request.Columns.Where(c => c.Target == ImportTargetKind.CustomField).Select(c => c.CustomFieldId).ToList();
        if (customIds.Count > 0)
        {
            var recordType = request.EntityType == ImportEntityType.Lead ? CustomFieldRecordType.Lead : CustomFieldRecordType.Contact;
            var ids = customIds.OfType<int>().Distinct().ToList();
            var importable = await db.CustomFields.CountAsync(
                f => ids.Contains(f.Id) && f.RecordType == recordType && !f.IsArchived && f.Type != CustomFieldType.File, cancellationToken);
            if (customIds.Any(id => id is null) || importable != ids.Count)
            {
                failures.Add(new Failure(ImportMessages.CustomFieldUnknown, nameof(request.Columns)));
            }
        }

        if (request.Defaults.ResponsibleUserId is { } responsible && !await db.Users.AnyAsync(u => u.Id == responsible && u.IsActive, cancellationToken))
        {
            failures.Add(new Failure(ImportMessages.ResponsibleUnknown, nameof(request.Defaults)));
        }

        if (request.Defaults.ListId is { } list && !await db.ContactLists.AnyAsync(l => l.Id == list, cancellationToken))
        {
            failures.Add(new Failure(ImportMessages.ListUnknown, nameof(request.Defaults)));
        }

        if (request.Defaults.StatusId is { } status
            && !await db.LeadStatuses.AnyAsync(s => s.Id == status && s.Meaning != LeadStatusMeaning.Converted, cancellationToken))
        {
            failures.Add(new Failure(LeadMessages.StatusUnknown, nameof(request.Defaults)));
        }

        if (request.Defaults.SourceId is { } source && !await db.LeadSources.AnyAsync(s => s.Id == source && s.IsActive, cancellationToken))
        {
            failures.Add(new Failure(LeadMessages.SourceUnknown, nameof(request.Defaults)));
        }

        return failures;
    }
}
