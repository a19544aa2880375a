using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>The schedules list and one schedule's runs page (admins only; others get nothing, as if none existed).</summary>
public sealed class ScheduledImportQueries(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const int FilesShown = 200;

    public async Task<IReadOnlyList<ScheduledImportSummary>> ListAsync(CancellationToken cancellationToken) =>
        user.IsInRole(Roles.Admin) ? await SummariesAsync(db.ScheduledImports, cancellationToken) : [];

    /// <summary>The schedule and its latest files, or null when there is none (or the user is no admin).</summary>
    public async Task<ScheduledImportRuns?> RunsAsync(int id, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin) || (await SummariesAsync(db.ScheduledImports.Where(s => s.Id == id), cancellationToken)).SingleOrDefault() is not { } schedule)
        {
            return null;
        }

        var files = await Rows(db.ScheduledImportFiles.Where(f => f.ScheduledImportId == id)).Take(FilesShown).ToListAsync(cancellationToken);
        return new ScheduledImportRuns(schedule, files);
    }

    private async Task<IReadOnlyList<ScheduledImportSummary>> SummariesAsync(IQueryable<ScheduledImport> schedules, CancellationToken cancellationToken)
    {
        var rows = await schedules.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.EntityType, s.InboxFolder, s.FilePattern, s.Cron, s.IsPaused, s.LastRunAt })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();

        // The latest file of each schedule, one query for the page.
        var latest = await Rows(db.ScheduledImportFiles.Where(f => ids.Contains(f.ScheduledImportId)
                && f.Id == db.ScheduledImportFiles.Where(g => g.ScheduledImportId == f.ScheduledImportId).Max(g => g.Id)),
                withSchedule: true)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. rows.Select(r => new ScheduledImportSummary(
            r.Id, r.Name, r.EntityType, r.InboxFolder, r.FilePattern, r.Cron, r.IsPaused,
            r.IsPaused ? null : CronSchedule.Next(r.Cron, now, clock.LocalTimeZone), r.LastRunAt,
            latest.FirstOrDefault(l => l.ScheduleId == r.Id)?.Row))];
    }

    private IQueryable<ScheduledImportFileRow> Rows(IQueryable<ScheduledImportFile> files) =>
        Rows(files, withSchedule: false).Select(r => r.Row);

    private IQueryable<FileOfSchedule> Rows(IQueryable<ScheduledImportFile> files, bool withSchedule) =>
        from f in files.AsNoTracking()
        join i in db.Imports on f.ImportId equals i.Id into imports
        from i in imports.DefaultIfEmpty()
        orderby f.FoundAt descending, f.Id descending
        select new FileOfSchedule(f.ScheduledImportId, new ScheduledImportFileRow(
            f.FileName, f.Size, f.FoundAt, f.Outcome, f.MessageKey, f.ImportId,
            i == null ? null : i.Status, i == null ? 0 : i.Created, i == null ? 0 : i.Updated, i == null ? 0 : i.SkippedDuplicates, i == null ? 0 : i.Failed));

    private sealed record FileOfSchedule(int ScheduleId, ScheduledImportFileRow Row);
}
