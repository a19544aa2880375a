using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>
/// Shortcuts of the stage automation tests: a template on a stage through the real admin service, a
/// deal made one at a time and moved the way a deal's form or board saves a move, and a deal's tasks.
/// </summary>
internal static class DealAutomationScene
{
    private static readonly TestUser Admin = TestUser.Admin("deal-automation-admin");

    public static async Task<int> AddStageTemplateAsync(this TestDatabase database, string name, int stageId, Action<TaskTemplateInput>? more = null)
    {
        var input = new TaskTemplateInput { Name = name, Title = name + " task", StageIds = [stageId] };
        more?.Invoke(input);
        await using var db = database.Context(Admin);
        var result = await TestDatabase.TaskTemplates(db, Admin).CreateAsync(input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }

    /// <summary>A deal created one at a time (a form, a conversion): saved, then <see cref="DealStageChange.CreatedAsync"/> and saved again, in one transaction.</summary>
    public static async Task<int> CreateDealAsync(this TestDatabase database, ICurrentUser user, int stageId, int contactId, string label, string? ownerId)
    {
        await using var db = database.Context(user);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var stage = await db.Stages.SingleAsync(s => s.Id == stageId);
        var deal = new Deal
        {
            PipelineId = stage.PipelineId, ContactId = contactId, ResponsibleUserId = ownerId, Source = DealSource.Manual,
            BoardRank = await DealStageChange.TopRankAsync(db, stageId, CancellationToken.None),
        };
        deal.SetLabel(label);
        deal.EnterStage(stage, database.Clock.GetUtcNow().UtcDateTime);
        db.Deals.Add(deal);
        await db.SaveChangesAsync();
        await database.DealStageChange(db, user).CreatedAsync(deal, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return deal.Id;
    }

    public static async Task<Guid> DealVersionAsync(this TestDatabase database, int dealId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Deals.Where(d => d.Id == dealId).Select(d => d.Version).SingleAsync();
    }

    /// <summary>Moves the deal under the version it had before, as a move's save does; false when it lost a race (a conflict).</summary>
    public static async Task<bool> MoveDealAsync(this TestDatabase database, ICurrentUser user, int dealId, int stageId)
    {
        var version = await database.DealVersionAsync(dealId);
        await using var db = database.Context(user);
        return await MoveDealAsync(database, db, user, dealId, stageId, version);
    }

    public static async Task<bool> MoveDealAsync(TestDatabase database, CrmDbContext db, ICurrentUser user, int dealId, int stageId, Guid version)
    {
        var change = database.DealStageChange(db, user);
        var deal = await db.Deals.Include(d => d.Stage).SingleAsync(d => d.Id == dealId);
        db.Entry(deal).Property(d => d.Version).OriginalValue = version;
        await change.EnterAsync(deal, await db.Stages.SingleAsync(s => s.Id == stageId), CancellationToken.None);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await change.LostRaceAsync(dealId, version, CancellationToken.None))
            {
                return false;
            }

            throw;
        }
    }

    public static async Task<List<CrmTask>> DealTasksAsync(this TestDatabase database, int dealId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Tasks.AsNoTracking().Where(t => t.RecordType == HistoryRecordTypes.Deal && t.RecordId == dealId).OrderBy(t => t.Id).ToListAsync();
    }
}
