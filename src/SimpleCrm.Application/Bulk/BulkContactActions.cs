using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Bulk;

/// <summary>
/// Runs a bulk action over the visible contacts a query matches: at once for up to
/// <see cref="InlineLimit"/> contacts, otherwise as a background job whose progress the user
/// watches. Either way the work goes in batches of <see cref="SetBasedInsert.BatchSize"/> ids.
/// </summary>
public sealed class BulkContactActions(
    CrmDbContext db,
    ICurrentUser user,
    ContactMatching matching,
    BulkPlanner planner,
    BulkBatch batch,
    IBulkJobScheduler scheduler,
    TimeProvider clock)
{
    public const int InlineLimit = 1000;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How many contacts a bulk action over this query would touch.</summary>
    public async Task<int> CountAsync(ContactListQuery query, CancellationToken cancellationToken) =>
        await (await matching.MatchingAsync(query, cancellationToken)).CountAsync(cancellationToken);

    public async Task<Result<BulkOutcome>> StartAsync(BulkRequest request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return Result<BulkOutcome>.NotFound();
        }

        var plan = await planner.PlanAsync(request, cancellationToken);
        if (!plan.Succeeded)
        {
            return Result<BulkOutcome>.Fail(plan.Failures);
        }

        var ids = await TargetIdsAsync(request.Query, cancellationToken);
        if (ids.Count == 0)
        {
            return Result<BulkOutcome>.Fail(new Failure(BulkMessages.NoContacts));
        }

        if (ids.Count <= InlineLimit)
        {
            var affected = await batch.ApplyAsync(plan.Value!, ids, cancellationToken);
            return Result<BulkOutcome>.Ok(new BulkOutcome(ids.Count, affected, null));
        }

        var job = new BulkJob
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Action = request.Action,
            Request = JsonSerializer.Serialize(request, Json),
            Status = BulkJobStatus.Queued,
            Total = ids.Count,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.BulkJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        scheduler.Enqueue(job.Id);
        return Result<BulkOutcome>.Ok(new BulkOutcome(ids.Count, 0, job.Id));
    }

    /// <summary>
    /// The background half: replays the stored request as this (stored) user, re-reading the target
    /// so contacts the user lost sight of meanwhile are left alone, and reports progress per batch.
    /// </summary>
    public async Task RunJobAsync(Guid jobId, CancellationToken cancellationToken)
    {
        // Claimed in one statement: a job handed to two workers (a retry, a resume) runs once.
        var userId = user.UserId ?? string.Empty;
        var claimed = await db.BulkJobs.Where(j => j.Id == jobId && j.UserId == userId && j.Status == BulkJobStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, BulkJobStatus.Running), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var job = await db.BulkJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
        var request = JsonSerializer.Deserialize<BulkRequest>(job.Request, Json)!;
        var plan = await planner.PlanAsync(request, cancellationToken);
        if (!plan.Succeeded)
        {
            await FinishAsync(jobId, BulkJobStatus.Failed, cancellationToken);
            return;
        }

        var ids = await TargetIdsAsync(request.Query, cancellationToken);
        await db.BulkJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.Total, ids.Count), cancellationToken);

        // A resumed job starts over on the whole target: contacts already changed are not changed
        // (or counted) again, so the count carries on from where the interrupted run stopped.
        var affected = job.Affected;
        for (var start = 0; start < ids.Count; start += SetBasedInsert.BatchSize)
        {
            var slice = ids.GetRange(start, Math.Min(SetBasedInsert.BatchSize, ids.Count - start));
            affected += await batch.ApplyAsync(plan.Value!, slice, cancellationToken);
            var processed = start + slice.Count;
            var soFar = affected;
            await db.BulkJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Processed, processed)
                .SetProperty(j => j.Affected, soFar), cancellationToken);
        }

        await FinishAsync(jobId, BulkJobStatus.Succeeded, cancellationToken);
    }

    /// <summary>Marks a job that could not run to its end, so its progress page stops waiting.</summary>
    public Task FailAsync(Guid jobId, CancellationToken cancellationToken) => FinishAsync(jobId, BulkJobStatus.Failed, cancellationToken);

    /// <summary>The lists a bulk action can add to or remove from, by name.</summary>
    public async Task<IReadOnlyList<BulkListOption>> ListOptionsAsync(CancellationToken cancellationToken) =>
        await db.ContactLists.AsNoTracking().OrderBy(l => l.Name).Select(l => new BulkListOption(l.Id, l.Name)).ToListAsync(cancellationToken);

    /// <summary>A job of the current user, for its progress page; someone else's job is not found.</summary>
    public Task<BulkJob?> FindJobAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? string.Empty;
        return db.BulkJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.UserId == userId, cancellationToken);
    }

    private async Task<List<int>> TargetIdsAsync(ContactListQuery query, CancellationToken cancellationToken) =>
        await (await matching.MatchingAsync(query, cancellationToken)).Select(c => c.Id).OrderBy(id => id).ToListAsync(cancellationToken);

    private async Task FinishAsync(Guid jobId, BulkJobStatus status, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.BulkJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status)
            .SetProperty(j => j.FinishedAt, now), cancellationToken);
    }
}
