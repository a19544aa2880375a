using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>
/// Admin › Scheduled imports: create, edit, pause, resume, run now and delete. Only admins: a schedule
/// reads server folders and imports for the whole team. Every change keeps Hangfire's recurring job in
/// step (registered while active, removed while paused or deleted). Deleting removes the schedule and
/// its file history; the imports it made stay on /Imports (undoable, theirs to see).
/// </summary>
public sealed class ScheduledImportAdministration(
    CrmDbContext db, ICurrentUser user, InboxFolders folders, IScheduledImportTrigger trigger, TimeProvider clock)
{
    public bool MayAdminister => user.IsInRole(Roles.Admin) && user.UserId is not null;

    public async Task<Result<int>> CreateAsync(ScheduledImportInput input, CancellationToken cancellationToken)
    {
        if (!MayAdminister)
        {
            return Result<int>.NotFound();
        }

        var schedule = new ScheduledImport { OwnerId = user.UserId!, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var failures = await ApplyAsync(schedule, input, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        db.ScheduledImports.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        trigger.Register(schedule.Id, schedule.Cron);
        return Result<int>.Ok(schedule.Id);
    }

    public async Task<Result> UpdateAsync(int id, ScheduledImportInput input, CancellationToken cancellationToken)
    {
        var schedule = await FindAsync(id, cancellationToken);
        if (schedule is null)
        {
            return Result.NotFound();
        }

        var failures = await ApplyAsync(schedule, input, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!schedule.IsPaused)
        {
            trigger.Register(schedule.Id, schedule.Cron);
        }

        return Result.Success;
    }

    /// <summary>The form's values of a schedule, or not found.</summary>
    public async Task<Result<ScheduledImportInput>> GetAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken, tracked: false) is { } schedule
            ? Result<ScheduledImportInput>.Ok(ScheduledImportInput.From(schedule))
            : Result<ScheduledImportInput>.NotFound();

    /// <summary>The form's choices; the mappings are the owner's (the creating admin's for a new schedule). Null when not found.</summary>
    public async Task<ScheduledImportFormOptions?> FormOptionsAsync(int? id, CancellationToken cancellationToken)
    {
        var owner = id is null ? user.UserId : (await FindAsync(id.Value, cancellationToken, tracked: false))?.OwnerId;
        if (!MayAdminister || owner is null)
        {
            return null;
        }

        var mappings = await db.SavedImportMappings.AsNoTracking().Where(m => m.UserId == owner).OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name, m.EntityType }).ToListAsync(cancellationToken);
        var statuses = await db.LeadStatuses.AsNoTracking().OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.Name, s.ResourceKey }).ToListAsync(cancellationToken);
        var sources = await db.LeadSources.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.Name, s.ResourceKey }).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new ScheduledImportOption(u.Id, u.DisplayName, null, null)).ToListAsync(cancellationToken);
        var lists = await db.ContactLists.AsNoTracking().OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken);
        return new ScheduledImportFormOptions(
            [.. mappings.Select(m => new ScheduledImportOption(Key(m.Id), m.Name, null, m.EntityType))],
            [.. statuses.Select(s => new ScheduledImportOption(Key(s.Id), s.Name, s.ResourceKey))],
            [.. sources.Select(s => new ScheduledImportOption(Key(s.Id), s.Name, s.ResourceKey))],
            users,
            [.. lists.Select(l => new ScheduledImportOption(Key(l.Id), l.Name))],
            folders.Root);
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public Task<Result> PauseAsync(int id, CancellationToken cancellationToken) => SetPausedAsync(id, true, cancellationToken);

    public Task<Result> ResumeAsync(int id, CancellationToken cancellationToken) => SetPausedAsync(id, false, cancellationToken);

    /// <summary>Queues one run now, paused or not: the admin asked for it.</summary>
    public async Task<Result> RunNowAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken, tracked: false) is null)
        {
            return Result.NotFound();
        }

        trigger.RunNow(id);
        return Result.Success;
    }

    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = MayAdminister ? await db.ScheduledImports.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) : 0;
        if (deleted == 0)
        {
            return Result.NotFound();
        }

        trigger.Remove(id);
        return Result.Success;
    }

    private async Task<Result> SetPausedAsync(int id, bool paused, CancellationToken cancellationToken)
    {
        var schedule = await FindAsync(id, cancellationToken);
        if (schedule is null)
        {
            return Result.NotFound();
        }

        schedule.IsPaused = paused;
        schedule.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        if (paused)
        {
            trigger.Remove(id);
        }
        else
        {
            trigger.Register(id, schedule.Cron);
        }

        return Result.Success;
    }

    private async Task<ScheduledImport?> FindAsync(int id, CancellationToken cancellationToken, bool tracked = true)
    {
        if (!MayAdminister)
        {
            return null;
        }

        var query = tracked ? db.ScheduledImports : db.ScheduledImports.AsNoTracking();
        return await query.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>Validates the input and copies it onto the schedule; the failures, keyed to the form's fields.</summary>
    private async Task<List<Failure>> ApplyAsync(ScheduledImport schedule, ScheduledImportInput input, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, input.Name, nameof(input.Name));
        FieldRules.MaxLength(failures, input.Name, ScheduledImport.NameMaxLength, nameof(input.Name));
        var inbox = Folder(failures, input.InboxFolder, nameof(input.InboxFolder));
        var archive = Folder(failures, input.ArchiveFolder, nameof(input.ArchiveFolder));
        var errors = Folder(failures, input.ErrorFolder, nameof(input.ErrorFolder));
        if (inbox is not null && (inbox == archive || inbox == errors))
        {
            // Files moved into the inbox itself would be found again on every run.
            failures.Add(new Failure(ScheduledImportMessages.SameFolder, inbox == archive ? nameof(input.ArchiveFolder) : nameof(input.ErrorFolder)));
        }

        var pattern = input.FilePattern?.Trim();
        if (string.IsNullOrEmpty(pattern) || pattern.Length > ScheduledImport.PatternMaxLength || pattern.Contains("..", StringComparison.Ordinal)
            || pattern.IndexOfAny([.. Path.GetInvalidFileNameChars(), '/', '\\']) >= 0)
        {
            failures.Add(new Failure(ScheduledImportMessages.InvalidPattern, nameof(input.FilePattern)));
        }

        if (!CronSchedule.IsValid(input.Cron))
        {
            failures.Add(new Failure(ScheduledImportMessages.InvalidCron, nameof(input.Cron)));
        }

        if (!Enum.IsDefined(input.EntityType) || !Enum.IsDefined(input.DuplicatePolicy))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.EntityType)));
        }

        if (input.SavedMappingId is not { } mappingId
            || !await db.SavedImportMappings.AnyAsync(m => m.Id == mappingId && m.UserId == schedule.OwnerId && m.EntityType == input.EntityType, cancellationToken))
        {
            failures.Add(new Failure(ScheduledImportMessages.MappingUnknown, nameof(input.SavedMappingId)));
        }

        await ValidateDefaultsAsync(failures, input, cancellationToken);
        if (failures.Count > 0)
        {
            return failures;
        }

        schedule.Name = input.Name!.Trim();
        schedule.EntityType = input.EntityType;
        schedule.InboxFolder = input.InboxFolder!.Trim();
        schedule.FilePattern = pattern!;
        schedule.ArchiveFolder = input.ArchiveFolder!.Trim();
        schedule.ErrorFolder = input.ErrorFolder!.Trim();
        schedule.SavedMappingId = input.SavedMappingId!.Value;
        schedule.Defaults = ImportJson.Write(input.ToDefaults());
        schedule.DuplicatePolicy = input.DuplicatePolicy;
        schedule.Culture = input.Culture!;
        schedule.Cron = CronSchedule.Normalize(input.Cron);
        schedule.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return failures;
    }

    private string? Folder(List<Failure> failures, string? relative, string field)
    {
        var resolved = folders.Resolve(relative, field);
        failures.AddRange(resolved.Failures);
        return resolved.Value;
    }

    private async Task ValidateDefaultsAsync(List<Failure> failures, ScheduledImportInput input, CancellationToken cancellationToken)
    {
        var defaults = input.ToDefaults();
        if (defaults.ResponsibleUserId is { } responsible && !await db.Users.AnyAsync(u => u.Id == responsible && u.IsActive, cancellationToken))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.ResponsibleUserId)));
        }

        if (defaults.ListId is { } list && !await db.ContactLists.AnyAsync(l => l.Id == list, cancellationToken))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.ListId)));
        }

        if (defaults.StatusId is { } status && !await db.LeadStatuses.AnyAsync(s => s.Id == status, cancellationToken))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.StatusId)));
        }

        if (defaults.SourceId is { } source && !await db.LeadSources.AnyAsync(s => s.Id == source, cancellationToken))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.SourceId)));
        }

        if (input.Culture is not ("en" or "pl" or "lt" or "sk" or "ru"))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.Culture)));
        }
    }
}
