using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Bulk;

/// <summary>
/// The background entry point of a bulk job: builds the bulk services for the user who started the
/// job (there is no request to say who is acting) and runs it; a crash marks the job failed.
/// </summary>
public sealed class BulkJobRunner(CrmDbContext db, IServiceProvider services)
{
    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var userId = await db.BulkJobs.Where(j => j.Id == jobId).Select(j => j.UserId).SingleOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return;
        }

        var user = await StoredCurrentUser.LoadAsync(db, userId, cancellationToken);
        var actions = ActionsFor(user ?? (ICurrentUser)new NobodyUser());
        if (user is null)
        {
            await actions.FailAsync(jobId, cancellationToken);
            return;
        }

        try
        {
            await actions.RunJobAsync(jobId, cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            await actions.FailAsync(jobId, CancellationToken.None);
            throw;
        }
    }

    private BulkContactActions ActionsFor(ICurrentUser user)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var matching = new ContactMatching(db, user);
        var planner = new BulkPlanner(db, user, ActivatorUtilities.CreateInstance<TagCommands>(services, db, user));
        var batch = new BulkBatch(db, user, clock, new ListMembership(db, user, clock));
        return new BulkContactActions(db, user, matching, planner, batch, services.GetRequiredService<IBulkJobScheduler>(), clock);
    }

    /// <summary>Acts for a user who is gone: sees nothing.</summary>
    private sealed class NobodyUser : ICurrentUser
    {
        public string? UserId => null;

        public IReadOnlyCollection<int> AccessClassIds => [];

        public bool IsInRole(string role) => false;
    }
}
