using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>The set-based writer behind "Add clients" and auto-conversion: one statement per batch, skipping what may not be added.</summary>
public sealed class DealBatchInsertTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-batch-admin");

    [Fact]
    public async Task Each_contact_gets_one_deal_with_the_shared_values_its_own_owner_and_a_created_line()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Batch values"));
        var owner = await database.AddUserAsync("batch-owner");
        List<int> contacts;
        await using (var seed = database.Context(new SystemUser()))
        {
            contacts = await ContactRows.AddAsync(seed, 3, "Partia", owner);
        }

        var at = database.Clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<int> created;
        await using (var db = database.Context(Admin))
        {
            created = await DealBatchInsert.InsertAsync(
                db, contacts, new NewDeals(stages[0].PipelineId, stages[1].Id, " Licencja ", 1234.5m, "PLN", new DateOnly(2026, 12, 31), null, DealSource.List), Admin.UserId, at, CancellationToken.None);
        }

        await using var check = database.Context(new SystemUser());
        var deals = await check.Deals.AsNoTracking().Where(d => created.Contains(d.Id)).OrderBy(d => d.ContactId).ToListAsync();
        Assert.Equal(contacts, deals.Select(d => d.ContactId));
        Assert.All(deals, d =>
        {
            Assert.Equal(("Licencja", "licencja", 1234.5m, "PLN", owner, DealSource.List, true), (d.Label, d.LabelKey, d.Value!.Value, d.Currency, d.ResponsibleUserId, d.Source, d.IsOpen));
            Assert.Equal((stages[1].Id, new DateOnly(2026, 12, 31), at, at), (d.StageId, d.CloseBy!.Value, d.StageEnteredAt, d.LastActivityAt));
        });
        Assert.Equal(3, deals.Select(d => d.BoardRank).Distinct().Count());
        Assert.Equal(3, await check.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Deal && created.Contains(h.RecordId) && h.Action == DealBatchInsert.DealCreated));
    }

    [Fact]
    public async Task A_contact_with_an_open_deal_of_the_label_and_a_deleted_contact_are_skipped()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Batch skips"));
        var holder = await database.AddContactAsync("Posiadacz");
        var deleted = await database.AddContactAsync("Usunięty");
        var fresh = await database.AddContactAsync("Nowy");
        var owner = await database.AddUserAsync("batch-skip-owner");
        var won = await database.AddContactAsync("Wygrany");
        await database.AddDealAsync(stages[0].Id, holder, "SERWIS");
        await database.AddDealAsync(stages.Single(s => s.Kind == StageKind.Won).Id, won, "Serwis");
        await using (var db = database.Context(new SystemUser()))
        {
            await db.Contacts.Where(c => c.Id == deleted).ExecuteUpdateAsync(u => u.SetProperty(c => c.IsDeleted, true));
        }

        IReadOnlyList<int> created;
        await using (var db = database.Context(Admin))
        {
            created = await DealBatchInsert.InsertAsync(
                db, [holder, deleted, fresh, won], new NewDeals(stages[0].PipelineId, stages[0].Id, "serwis", null, null, null, owner, DealSource.Segment), Admin.UserId, database.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }

        await using var check = database.Context(new SystemUser());
        var contactsWithNewDeals = await check.Deals.Where(d => created.Contains(d.Id)).Select(d => d.ContactId).OrderBy(id => id).ToListAsync();
        Assert.Equal([fresh, won], contactsWithNewDeals);
    }

    [Fact]
    public async Task Deals_added_into_a_won_stage_are_closed_and_go_on_top_of_the_column()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Batch won"));
        var wonStage = stages.Single(s => s.Kind == StageKind.Won);
        var earlier = await database.AddDealAsync(wonStage.Id, await database.AddContactAsync("Wcześniejszy"), "Audyt");
        var contact = await database.AddContactAsync("Zamknięty");

        IReadOnlyList<int> created;
        await using (var db = database.Context(Admin))
        {
            created = await DealBatchInsert.InsertAsync(
                db, [contact], new NewDeals(wonStage.PipelineId, wonStage.Id, "Audyt", null, null, null, null, DealSource.Manual), Admin.UserId, database.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }

        await using var check = database.Context(new SystemUser());
        var deal = await check.Deals.SingleAsync(d => d.Id == created.Single());
        Assert.False(deal.IsOpen);
        Assert.NotNull(deal.ClosedAt);
        Assert.True(deal.BoardRank < await check.Deals.Where(d => d.Id == earlier).Select(d => d.BoardRank).SingleAsync());
    }

    [Fact]
    public async Task A_stage_of_another_pipeline_is_refused()
    {
        var first = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Batch first"));
        var second = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Batch second"));
        var contact = await database.AddContactAsync("Obcy");

        await using var db = database.Context(Admin);
        await Assert.ThrowsAsync<InvalidOperationException>(() => DealBatchInsert.InsertAsync(
            db, [contact], new NewDeals(first[0].PipelineId, second[0].Id, "X", null, null, null, null, DealSource.Manual), Admin.UserId, database.Clock.GetUtcNow().UtcDateTime, CancellationToken.None));
    }
}
