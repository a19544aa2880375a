using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Pipelines;

/// <summary>Shortcuts of the pipeline tests: a pipeline through the real admin service, its stages by kind, a deal straight into the table.</summary>
internal static class PipelineScene
{
    public static async Task<int> AddPipelineAsync(this TestDatabase database, TestUser admin, string name)
    {
        await using var db = database.Context(admin);
        var result = await TestDatabase.Pipelines(db, admin).CreateAsync(new NameInput { Name = name }, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }

    /// <summary>The pipeline's stages in order.</summary>
    public static async Task<List<Stage>> StagesAsync(this TestDatabase database, int pipelineId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Stages.AsNoTracking().Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position).ToListAsync();
    }

    public static async Task<int> AddContactAsync(this TestDatabase database, string lastName)
    {
        await using var db = database.Context(new SystemUser());
        return (await ContactRows.AddAsync(db, 1, lastName, null))[0];
    }

    /// <summary>Adds a deal in the stage; throws what the database says when a rule refuses it.</summary>
    public static async Task<int> AddDealAsync(this TestDatabase database, int stageId, int contactId, string label, bool deleted = false)
    {
        await using var db = database.Context(new SystemUser());
        var stage = await db.Stages.SingleAsync(s => s.Id == stageId);
        var deal = new Deal { PipelineId = stage.PipelineId, ContactId = contactId, Source = DealSource.Manual, IsDeleted = deleted, Version = Guid.NewGuid() };
        deal.SetLabel(label);
        deal.EnterStage(stage, database.Clock.GetUtcNow().UtcDateTime);
        db.Deals.Add(deal);
        await db.SaveChangesAsync();
        return deal.Id;
    }
}
