using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>An admin brings a deleted deal back (with a line saying so); nobody else can, and a label taken meanwhile keeps it deleted.</summary>
public sealed class DealRestoreTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-restore-admin");
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task An_admin_restores_a_deleted_deal_to_its_contact_with_a_restored_line()
    {
        var (rep, contactId, pipelineId, _) = await SceneAsync("admin");
        var id = await CreateAndDeleteAsync(rep, contactId, pipelineId, "Windows");
        await using var db = database.Context(Admin);
        Assert.Equal([id], (await database.DealQueries(db, Admin).ListDeletedAsync(None)).Where(d => d.ContactId == contactId).Select(d => d.Id));

        var result = await database.DealCommands(db, Admin).RestoreAsync(id, None);

        Assert.True(result.Succeeded);
        Assert.Equal([id], (await database.DealQueries(db, rep).ForContactAsync(contactId, None)).Select(d => d.Id));
        Assert.DoesNotContain(await database.DealQueries(db, Admin).ListDeletedAsync(None), d => d.Id == id);
        var restored = await db.Deals.AsNoTracking().SingleAsync(d => d.Id == id);
        Assert.Equal((false, null, null), (restored.IsDeleted, restored.DeletedAt, restored.DeletedById));
        Assert.Equal(DealCommands.Restored, await db.History.AsNoTracking()
            .Where(h => h.RecordType == HistoryRecordTypes.Deal && h.RecordId == id).OrderByDescending(h => h.Id).Select(h => h.Action).FirstAsync());
    }

    [Fact]
    public async Task A_manager_or_the_deals_own_rep_cannot_restore_it_nor_list_deleted_deals()
    {
        var (rep, contactId, pipelineId, _) = await SceneAsync("not-admin");
        var manager = TestUser.Manager(await database.AddUserAsync("deal-restore-manager"));
        var id = await CreateAndDeleteAsync(rep, contactId, pipelineId, "Doors");

        foreach (var user in new[] { rep, manager })
        {
            await using var db = database.Context(user);
            Assert.True((await database.DealCommands(db, user).RestoreAsync(id, None)).IsNotFound);
            Assert.Empty(await database.DealQueries(db, user).ListDeletedAsync(None));
        }

        await using var check = database.Context(Admin);
        Assert.True((await check.Deals.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == id)).IsDeleted);
        Assert.True((await database.DealCommands(check, Admin).RestoreAsync(id + 1000, None)).IsNotFound);
    }

    [Fact]
    public async Task An_open_deal_whose_label_another_open_deal_took_meanwhile_stays_deleted_with_a_message()
    {
        var (rep, contactId, pipelineId, stages) = await SceneAsync("clash");
        var id = await CreateAndDeleteAsync(rep, contactId, pipelineId, "Garage");
        var taker = await database.AddDealAsync(stages[0].Id, contactId, "GARAGE");
        await using var db = database.Context(Admin);
        var linesBefore = await db.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Deal && h.RecordId == id);

        var result = await database.DealCommands(db, Admin).RestoreAsync(id, None);

        Assert.Equal(DealMessages.RestoreLabelTaken, result.Failures.Single().MessageKey);
        Assert.True((await db.Deals.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == id)).IsDeleted);
        Assert.Equal(linesBefore, await db.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Deal && h.RecordId == id));
        Assert.Equal([taker], (await database.DealQueries(db, Admin).ForContactAsync(contactId, None)).Select(d => d.Id));
    }

    [Fact]
    public async Task A_closed_deal_comes_back_even_when_an_open_deal_has_its_label()
    {
        var (rep, contactId, pipelineId, stages) = await SceneAsync("closed");
        var won = stages.Single(s => s.Kind == StageKind.Won).Id;
        var id = await CreateAndDeleteAsync(rep, contactId, pipelineId, "Fence", won);
        await database.AddDealAsync(stages[0].Id, contactId, "Fence");
        await using var db = database.Context(Admin);

        Assert.True((await database.DealCommands(db, Admin).RestoreAsync(id, None)).Succeeded);
    }

    private async Task<int> CreateAndDeleteAsync(TestUser rep, int contactId, int pipelineId, string label, int? stageId = null)
    {
        await using var db = database.Context(rep);
        var commands = database.DealCommands(db, rep);
        var created = await commands.CreateAsync(contactId, pipelineId, new DealInput { Label = label, StageId = stageId }, None);
        Assert.True(created.Succeeded, string.Join(", ", created.Failures.Select(f => f.MessageKey)));
        Assert.True((await commands.DeleteAsync(created.Value, None)).Succeeded);
        return created.Value;
    }

    private async Task<(TestUser Rep, int ContactId, int PipelineId, List<Stage> Stages)> SceneAsync(string name)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync($"deal-restore-{name}-rep"));
        var pipelineId = await database.AddPipelineAsync(Admin, $"Restore {name}");
        int contactId;
        await using (var db = database.Context(new SystemUser()))
        {
            contactId = (await ContactRows.AddAsync(db, 1, $"Restore{name}", rep.UserId))[0];
        }

        return (rep, contactId, pipelineId, await database.StagesAsync(pipelineId));
    }
}
