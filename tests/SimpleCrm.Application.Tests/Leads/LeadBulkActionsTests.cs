using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads;

public sealed class LeadBulkActionsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Moving_selected_leads_changes_their_status_writes_a_history_line_each_renews_their_version_and_puts_them_on_top_of_the_column()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-status-rep"));
        var statuses = await database.LeadStatusIdsAsync();
        var already = await database.AddLeadAsync(rep, new LeadInput { Name = "Już w toku", StatusId = statuses["InProgress"] });
        var first = await database.AddLeadAsync(rep, new LeadInput { Name = "Pierwszy" });
        var second = await database.AddLeadAsync(rep, new LeadInput { Name = "Drugi", StatusId = statuses["NotContacted"] });
        var before = await VersionsAsync(first, second, already);

        await using var db = database.Context(rep);
        var result = await database.LeadBulk(db, rep).ApplyAsync(
            new LeadBulkRequest { Action = LeadBulkAction.ChangeStatus, StatusId = statuses["InProgress"], Ids = [first, second, already] }, None);

        Assert.True(result.Succeeded);
        Assert.Equal((2, "In progress", "LeadStatuses.InProgress"), (result.Value!.Changed, result.Value.TargetName, result.Value.TargetResourceKey));
        await using var check = database.Context(new SystemUser());
        var leads = await check.Leads.Where(l => l.StatusId == statuses["InProgress"]).OrderBy(l => l.KanbanRank).ThenBy(l => l.Id).Select(l => new { l.Id, l.Version, l.KanbanRank }).ToListAsync();
        Assert.Equal([second, first], leads.Take(2).Select(l => l.Id));
        Assert.Equal(leads.Count, leads.Select(l => l.KanbanRank).Distinct().Count());
        var after = leads.ToDictionary(l => l.Id, l => l.Version);
        Assert.NotEqual(before[first], after[first]);
        Assert.NotEqual(before[second], after[second]);
        Assert.Equal(before[already], after[already]);
        var history = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Lead && h.Action == LeadCommands.StatusChanged && (h.RecordId == first || h.RecordId == second || h.RecordId == already))
            .Select(h => new { h.RecordId, h.Details, h.UserId }).ToListAsync();
        Assert.Equal(
            [(first, "New → In progress"), (second, "Not contacted → In progress")],
            history.OrderBy(h => h.RecordId).Select(h => (h.RecordId, h.Details)));
        Assert.All(history, h => Assert.Equal(rep.UserId, h.UserId));
    }

    [Fact]
    public async Task A_converted_status_is_refused_and_nothing_changes()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-convert-rep"));
        var statuses = await database.LeadStatusIdsAsync();
        var lead = await database.AddLeadAsync(rep, new LeadInput { Name = "Do konwersji" });

        await using var db = database.Context(rep);
        var result = await database.LeadBulk(db, rep).ApplyAsync(
            new LeadBulkRequest { Action = LeadBulkAction.ChangeStatus, StatusId = statuses["Converted"], Ids = [lead] }, None);

        Assert.Equal([LeadMessages.BulkConvertInstead], result.Failures.Select(f => f.MessageKey));
        Assert.Equal(statuses["New"], await StatusOfAsync(lead));
    }

    [Fact]
    public async Task A_rep_posting_the_ids_of_another_reps_leads_changes_nothing_of_them()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-idor-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("bulk-idor-other"));
        var statuses = await database.LeadStatusIdsAsync();
        var own = await database.AddLeadAsync(rep, new LeadInput { Name = "Mój" });
        var theirs = await database.AddLeadAsync(other, new LeadInput { Name = "Cudzy" });

        await using var db = database.Context(rep);
        var bulk = database.LeadBulk(db, rep);
        var onlyTheirs = await bulk.ApplyAsync(new LeadBulkRequest { Action = LeadBulkAction.Delete, Ids = [theirs] }, None);
        var assigned = await bulk.ApplyAsync(new LeadBulkRequest { Action = LeadBulkAction.AssignResponsible, ResponsibleUserId = rep.UserId, Ids = [theirs] }, None);
        var mixed = await bulk.ApplyAsync(new LeadBulkRequest { Action = LeadBulkAction.ChangeStatus, StatusId = statuses["Junk"], Ids = [own, theirs] }, None);

        Assert.Equal([LeadMessages.BulkNoneSelected], onlyTheirs.Failures.Select(f => f.MessageKey));
        Assert.Equal([LeadMessages.BulkNoneSelected], assigned.Failures.Select(f => f.MessageKey));
        Assert.Equal(1, mixed.Value!.Changed);
        await using var check = database.Context(new SystemUser());
        var hidden = await check.Leads.SingleAsync(l => l.Id == theirs);
        Assert.Equal((statuses["New"], other.UserId, false), (hidden.StatusId, hidden.ResponsibleUserId, hidden.IsDeleted));
        Assert.Equal(statuses["Junk"], await StatusOfAsync(own));
        Assert.False(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == theirs));
    }

    [Fact]
    public async Task Assigning_takes_only_an_active_user_and_records_who_the_leads_went_to()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("bulk-assign-manager"));
        var active = await database.AddUserAsync("Aktywna Anna");
        var inactive = await database.AddUserAsync("Nieaktywny Ignacy", active: false);
        var lead = await database.AddLeadAsync(manager, new LeadInput { Name = "Do przekazania" });

        await using var db = database.Context(manager);
        var bulk = database.LeadBulk(db, manager);
        var refused = await bulk.ApplyAsync(new LeadBulkRequest { Action = LeadBulkAction.AssignResponsible, ResponsibleUserId = inactive, Ids = [lead] }, None);
        var done = await bulk.ApplyAsync(new LeadBulkRequest { Action = LeadBulkAction.AssignResponsible, ResponsibleUserId = active, Ids = [lead] }, None);

        Assert.Equal([LeadMessages.ResponsibleUnknown], refused.Failures.Select(f => f.MessageKey));
        Assert.Equal((1, "Aktywna Anna"), (done.Value!.Changed, done.Value.TargetName));
        await using var check = database.Context(new SystemUser());
        Assert.Equal(active, await check.Leads.Where(l => l.Id == lead).Select(l => l.ResponsibleUserId).SingleAsync());
        Assert.Equal("Aktywna Anna", await check.History.Where(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == lead && h.Action == BulkBatch.ResponsibleSet).Select(h => h.Details).SingleAsync());
    }

    [Fact]
    public async Task Deleting_every_lead_the_filter_matches_soft_deletes_them_in_batches_and_leaves_the_rest()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-delete-rep"));
        var matching = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            matching.Add(await database.AddLeadAsync(rep, new LeadInput { Name = $"Kasacja {i}" }));
        }

        var kept = await database.AddLeadAsync(rep, new LeadInput { Name = "Zostaje" });

        await using var db = database.Context(rep);
        var result = await database.LeadBulk(db, rep).ApplyAsync(
            new LeadBulkRequest { Action = LeadBulkAction.Delete, AllMatching = true, Query = new LeadListQuery { Search = "kasacja" }, Ids = [kept] }, None);

        Assert.Equal(3, result.Value!.Changed);
        await using var check = database.Context(new SystemUser());
        var deleted = await check.Leads.IgnoreQueryFilters().Where(l => l.IsDeleted && l.DeletedById == rep.UserId).Select(l => l.Id).ToListAsync();
        Assert.Equal(matching, deleted.Order());
        Assert.True(await check.Leads.AnyAsync(l => l.Id == kept));
        Assert.Equal(3, await check.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.Action == BulkBatch.Deleted && matching.Contains(h.RecordId)));
    }

    [Fact]
    public async Task More_than_a_thousand_leads_are_moved_in_batches_each_with_its_history_line()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("bulk-many-manager"));
        var statuses = await database.LeadStatusIdsAsync();
        await using (var seed = database.Context(manager))
        {
            var source = await seed.LeadSources.Select(s => s.Id).FirstAsync();
            for (var i = 0; i < 1005; i++)
            {
                var lead = new Lead { Name = $"Masowy {i}", StatusId = statuses["NotContacted"], SourceId = source, ResponsibleUserId = manager.UserId };
                lead.RefreshDerivedFields();
                seed.Leads.Add(lead);
            }

            await seed.SaveChangesAsync();
        }

        await using var db = database.Context(manager);
        var result = await database.LeadBulk(db, manager).ApplyAsync(new LeadBulkRequest
        {
            Action = LeadBulkAction.ChangeStatus,
            StatusId = statuses["ProposalSent"],
            AllMatching = true,
            Query = new LeadListQuery { Search = "masowy", StatusIds = [statuses["NotContacted"]] },
        }, None);

        Assert.Equal(1005, result.Value!.Changed);
        await using var check = database.Context(new SystemUser());
        var moved = check.Leads.Where(l => l.Name.StartsWith("Masowy") && l.StatusId == statuses["ProposalSent"]).Select(l => l.Id);
        Assert.Equal(1005, await moved.CountAsync());
        Assert.Equal(1005, await check.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Lead && moved.Contains(h.RecordId) && h.Details == "Not contacted → Proposal sent"));
    }


    private async Task<int> StatusOfAsync(int id)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Leads.IgnoreQueryFilters().Where(l => l.Id == id).Select(l => l.StatusId).SingleAsync();
    }

    private async Task<Dictionary<int, Guid>> VersionsAsync(params int[] ids)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Leads.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Version);
    }
}
