using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>A deal made, edited and moved one at a time: its checks, its history and who may touch it.</summary>
public sealed class DealCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-commands-admin");

    [Fact]
    public async Task Creating_a_deal_puts_it_in_the_first_open_stage_owned_by_its_author_with_a_created_line()
    {
        var (rep, contactId, pipelineId, stages) = await SceneAsync("create");
        await using var db = database.Context(rep);

        var result = await database.DealCommands(db, rep).CreateAsync(
            contactId, pipelineId, new DealInput { Label = " Windows ", Value = 1200.5m, Currency = "pln", CloseBy = new DateOnly(2026, 12, 31) }, CancellationToken.None);

        Assert.True(result.Succeeded);
        var deal = await db.Deals.AsNoTracking().SingleAsync(d => d.Id == result.Value);
        Assert.Equal(("Windows", stages[0].Id, rep.UserId, "PLN", DealSource.Manual), (deal.Label, deal.StageId, deal.ResponsibleUserId, deal.Currency, deal.Source));
        Assert.Equal([DealBatchInsert.DealCreated], await ActionsAsync(db, deal.Id));
    }

    [Fact]
    public async Task A_deal_without_a_label_or_with_a_negative_value_or_a_bad_currency_is_refused_field_by_field()
    {
        var (rep, contactId, pipelineId, _) = await SceneAsync("invalid");
        await using var db = database.Context(rep);

        var result = await database.DealCommands(db, rep).CreateAsync(
            contactId, pipelineId, new DealInput { Label = " ", Value = -1, Currency = "ZŁ" }, CancellationToken.None);

        Assert.Equal(
            [(Messages.Required, nameof(DealInput.Label)), (DealMessages.ValueNegative, nameof(DealInput.Value)), (DealMessages.CurrencyInvalid, nameof(DealInput.Currency))],
            result.Failures.Select(f => (f.MessageKey, f.Field)));
        Assert.False(await db.Deals.AnyAsync(d => d.ContactId == contactId));
    }

    [Fact]
    public async Task A_second_open_deal_with_the_same_label_in_the_pipeline_is_a_field_message_not_an_error()
    {
        var (rep, contactId, pipelineId, _) = await SceneAsync("clash");
        await using var db = database.Context(rep);
        var commands = database.DealCommands(db, rep);
        Assert.True((await commands.CreateAsync(contactId, pipelineId, new DealInput { Label = "Doors" }, CancellationToken.None)).Succeeded);

        var again = await commands.CreateAsync(contactId, pipelineId, new DealInput { Label = "DOORS " }, CancellationToken.None);

        Assert.Equal((DealMessages.LabelTaken, nameof(DealInput.Label)), (again.Failures.Single().MessageKey, again.Failures.Single().Field));
        Assert.Equal(1, await db.Deals.CountAsync(d => d.ContactId == contactId));
    }

    [Fact]
    public async Task A_label_clash_that_slips_past_the_check_is_caught_from_the_unique_index()
    {
        var (rep, contactId, pipelineId, stages) = await SceneAsync("race");
        // The other request's deal is saved after this request's check, just before its transaction.
        await using var db = database.Context(rep, new BeforeTransaction(() => database.AddDealAsync(stages[0].Id, contactId, "Roof")));
        var commands = database.DealCommands(db, rep);

        var result = await commands.CreateAsync(contactId, pipelineId, new DealInput { Label = "Roof" }, CancellationToken.None);

        Assert.Equal(DealMessages.LabelTaken, result.Failures.Single().MessageKey);
        Assert.Equal(1, await db.Deals.CountAsync(d => d.ContactId == contactId));
    }

    [Fact]
    public async Task An_edit_from_a_stale_form_is_a_conflict_and_changes_nothing()
    {
        var (rep, contactId, pipelineId, _) = await SceneAsync("stale");
        var id = await CreateAsync(rep, contactId, pipelineId, "Garage");
        Guid shown;
        await using (var read = database.Context(rep))
        {
            shown = (await database.DealQueries(read, rep).GetForEditAsync(id, CancellationToken.None))!.Version;
        }

        await using (var first = database.Context(rep))
        {
            Assert.True((await database.DealCommands(first, rep).EditAsync(id, new DealInput { Label = "Garage", Value = 10 }, shown, CancellationToken.None)).Succeeded);
        }

        await using var second = database.Context(rep);
        var late = await database.DealCommands(second, rep).EditAsync(id, new DealInput { Label = "Garage", Value = 99 }, shown, CancellationToken.None);

        Assert.Equal(Messages.ConcurrencyConflict, late.Failures.Single().MessageKey);
        Assert.Equal(10, (await second.Deals.AsNoTracking().SingleAsync(d => d.Id == id)).Value);
    }

    [Fact]
    public async Task An_edit_writes_its_fields_into_the_deal_history_with_names_not_ids()
    {
        var (rep, contactId, pipelineId, _) = await SceneAsync("edit-history");
        var colleague = await database.AddUserAsync("deal-commands-edit-history-colleague");
        var id = await CreateAsync(rep, contactId, pipelineId, "Fence");
        await using var db = database.Context(rep);
        var version = (await database.DealQueries(db, rep).GetForEditAsync(id, CancellationToken.None))!.Version;

        var result = await database.DealCommands(db, rep).EditAsync(
            id, new DealInput { Label = "Fence", Value = 500, Currency = "EUR", ResponsibleUserId = colleague }, version, CancellationToken.None);

        Assert.True(result.Succeeded);
        var lines = await db.History.AsNoTracking().Where(h => h.RecordType == HistoryRecordTypes.Deal && h.RecordId == id && h.Action == FieldHistoryInterceptor.FieldChanged)
            .Select(h => h.Details).ToListAsync();
        Assert.Equal(
            ["Currency: — → EUR", "ResponsibleUser: deal-commands-edit-history-rep → deal-commands-edit-history-colleague", "Value: — → 500"],
            lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_Lost_stage_needs_a_reason_and_leaving_it_clears_the_reason()
    {
        var (rep, contactId, pipelineId, stages) = await SceneAsync("lost");
        var reason = await database.AddLostReasonAsync(Admin, "Too slow");
        var lost = stages.Single(s => s.Kind == StageKind.Lost);
        var id = await CreateAsync(rep, contactId, pipelineId, "Gate");
        await using var db = database.Context(rep);
        var commands = database.DealCommands(db, rep);
        var queries = database.DealQueries(db, rep);

        var without = await commands.ChangeStageAsync(id, lost.Id, null, await VersionAsync(queries, id), CancellationToken.None);
        var with = await commands.ChangeStageAsync(id, lost.Id, reason, await VersionAsync(queries, id), CancellationToken.None);
        var lostCard = await queries.GetCardAsync(id, CancellationToken.None);
        var back = await commands.ChangeStageAsync(id, stages[1].Id, null, await VersionAsync(queries, id), CancellationToken.None);

        Assert.Equal(DealMessages.LostReasonRequired, without.Failures.Single().MessageKey);
        Assert.True(with.Succeeded);
        Assert.Equal(("Too slow", false), (lostCard!.LostReasonName, lostCard.IsOpen));
        Assert.NotNull(lostCard.ClosedAt);
        Assert.True(back.Succeeded);
        var reopened = await db.Deals.AsNoTracking().SingleAsync(d => d.Id == id);
        Assert.Equal((null, true, null), (reopened.LostReasonId, reopened.IsOpen, reopened.ClosedAt));
        Assert.Contains("Lost → Qualified", await db.History.AsNoTracking().Where(h => h.RecordType == HistoryRecordTypes.Deal && h.RecordId == id && h.Action == PipelineMessages.StageChanged).Select(h => h.Details).ToListAsync());
    }

    [Fact]
    public async Task A_rep_can_neither_read_nor_change_nor_delete_a_deal_of_a_contact_they_may_not_see()
    {
        var (owner, contactId, pipelineId, stages) = await SceneAsync("hidden");
        var outsider = TestUser.SalesRep(await database.AddUserAsync("deal-commands-hidden-outsider"));
        var id = await CreateAsync(owner, contactId, pipelineId, "Pool");
        await using var db = database.Context(outsider);
        var commands = database.DealCommands(db, outsider);
        var queries = database.DealQueries(db, outsider);

        Assert.Null(await queries.GetCardAsync(id, CancellationToken.None));
        Assert.Empty(await queries.ForContactAsync(contactId, CancellationToken.None));
        Assert.True((await commands.EditAsync(id, new DealInput { Label = "Mine" }, Guid.Empty, CancellationToken.None)).IsNotFound);
        Assert.True((await commands.ChangeStageAsync(id, stages[1].Id, null, Guid.Empty, CancellationToken.None)).IsNotFound);
        Assert.True((await commands.DeleteAsync(id, CancellationToken.None)).IsNotFound);
        Assert.True((await commands.CreateAsync(contactId, pipelineId, new DealInput { Label = "Sneaky" }, CancellationToken.None)).IsNotFound);
        Assert.Equal("Pool", (await db.Deals.IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == id)).Label);
    }

    [Fact]
    public async Task Deleting_a_deal_hides_it_from_the_contact_and_says_so_in_its_history()
    {
        var (rep, contactId, pipelineId, _) = await SceneAsync("delete");
        var id = await CreateAsync(rep, contactId, pipelineId, "Shed");
        await using var db = database.Context(rep);

        Assert.True((await database.DealCommands(db, rep).DeleteAsync(id, CancellationToken.None)).Succeeded);

        Assert.Empty(await database.DealQueries(db, rep).ForContactAsync(contactId, CancellationToken.None));
        Assert.Contains(Application.Bulk.BulkBatch.Deleted, await ActionsAsync(db, id));
    }

    [Fact]
    public async Task The_contact_lists_its_open_deals_first_and_marks_one_past_its_close_by_date_as_failing()
    {
        var (rep, contactId, pipelineId, stages) = await SceneAsync("profile");
        var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
        var won = await CreateAsync(rep, contactId, pipelineId, "Won one", stages.Single(s => s.Kind == StageKind.Won).Id, today.AddDays(-9));
        var late = await CreateAsync(rep, contactId, pipelineId, "Late one", null, today.AddDays(-1));
        var onTime = await CreateAsync(rep, contactId, pipelineId, "On time", null, today.AddDays(3));
        await using var db = database.Context(rep);

        var deals = await database.DealQueries(db, rep).ForContactAsync(contactId, CancellationToken.None);

        Assert.Equal([(onTime, false), (late, true), (won, false)], deals.Select(d => (d.Id, d.IsFailing)));
    }

    private async Task<(TestUser Rep, int ContactId, int PipelineId, List<Stage> Stages)> SceneAsync(string name)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync($"deal-commands-{name}-rep"));
        var pipelineId = await database.AddPipelineAsync(Admin, $"Pipeline {name}");
        int contactId;
        await using (var db = database.Context(new SystemUser()))
        {
            contactId = (await ContactRows.AddAsync(db, 1, $"Deal{name}", rep.UserId))[0];
        }

        return (rep, contactId, pipelineId, await database.StagesAsync(pipelineId));
    }

    private async Task<int> CreateAsync(TestUser user, int contactId, int pipelineId, string label, int? stageId = null, DateOnly? closeBy = null)
    {
        await using var db = database.Context(user);
        var result = await database.DealCommands(db, user).CreateAsync(contactId, pipelineId, new DealInput { Label = label, StageId = stageId, CloseBy = closeBy }, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }

    private static async Task<Guid> VersionAsync(DealQueries queries, int id) => (await queries.GetForEditAsync(id, CancellationToken.None))!.Version;

    private static Task<List<string>> ActionsAsync(CrmDbContext db, int dealId) =>
        db.History.AsNoTracking().Where(h => h.RecordType == HistoryRecordTypes.Deal && h.RecordId == dealId).OrderBy(h => h.Id).Select(h => h.Action).ToListAsync();

    /// <summary>Runs another request's write once, right before this context begins its transaction (after the checks).</summary>
    private sealed class BeforeTransaction(Func<Task> write) : DbTransactionInterceptor
    {
        private bool _done;

        public override async ValueTask<InterceptionResult<System.Data.Common.DbTransaction>> TransactionStartingAsync(
            System.Data.Common.DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<System.Data.Common.DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (!_done)
            {
                _done = true;
                await write();
            }

            return result;
        }
    }
}
