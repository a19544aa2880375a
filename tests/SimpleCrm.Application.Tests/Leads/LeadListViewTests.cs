using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Preferences;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads;

/// <summary>The lead list's views: several statuses at once, groups with their counts across pages, saved filters and column preferences.</summary>
public sealed class LeadListViewTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Several_statuses_at_once_include_junk_only_when_chosen_and_an_unknown_status_is_ignored()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("multi-status-rep"));
        var statuses = await database.LeadStatusIdsAsync();
        var fresh = await database.AddLeadAsync(rep, new LeadInput { Name = "Nowy" });
        var working = await database.AddLeadAsync(rep, new LeadInput { Name = "W toku", StatusId = statuses["InProgress"] });
        var junk = await database.AddLeadAsync(rep, new LeadInput { Name = "Odrzucony", StatusId = statuses["Junk"] });

        await using var db = database.Context(rep);
        var queries = new LeadQueries(db, rep);
        var two = await queries.ListAsync(new LeadListQuery { StatusIds = [statuses["InProgress"], statuses["Junk"]] }, None);
        var open = await queries.ListAsync(new LeadListQuery(), None);
        var unknown = await queries.ListAsync(new LeadListQuery { StatusIds = [987654] }, None);

        Assert.Equal([working, junk], two.Items.Select(i => i.Id).Order());
        Assert.Equal([fresh, working], open.Items.Select(i => i.Id).Order());
        Assert.Equal([fresh, working], unknown.Items.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task Grouping_by_status_counts_each_group_across_the_whole_filter_and_pages_through_the_groups_in_order()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("group-status-rep"));
        var statuses = await database.LeadStatusIdsAsync();
        var news = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            news.Add(await database.AddLeadAsync(rep, new LeadInput { Name = $"Nowy {i:D2}" }));
        }

        var proposals = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            proposals.Add(await database.AddLeadAsync(rep, new LeadInput { Name = $"Oferta {i}", StatusId = statuses["ProposalSent"] }));
        }

        await using var db = database.Context(rep);
        var queries = new LeadQueries(db, rep);
        var query = new LeadListQuery { Group = LeadGrouping.Status, Sort = LeadSort.Name, Descending = false };
        var first = await queries.ListPageAsync(query, None);
        var second = await queries.ListPageAsync(query with { Page = 2 }, None);

        Assert.Equal([(statuses["New"], 30), (statuses["ProposalSent"], 3)], first.Groups.Select(g => (g.StatusId!.Value, g.Count)));
        Assert.Equal(33, first.Page.TotalCount);
        Assert.Equal(news.Take(25), first.Page.Items.Select(i => i.Id));
        Assert.Equal(news.Skip(25).Concat(proposals), second.Page.Items.Select(i => i.Id));
        Assert.Equal(statuses["ProposalSent"], second.GroupOf(second.Page.Items[^1])!.StatusId);
    }

    [Fact]
    public async Task A_sales_rep_holding_a_class_has_each_visible_lead_counted_once_in_the_total_and_the_status_groups()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("class-count-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("class-count-other"));
        var manager = TestUser.Manager(await database.AddUserAsync("class-count-manager"));
        var statuses = await database.LeadStatusIdsAsync();
        var keyAccount = await database.AddContactAsync(manager, ContactInputBuilder.ACompany("Liczony Klient").OwnedBy(other.UserId).Build());
        int classId;
        await using (var db = database.Context(manager))
        {
            var accessClass = new SimpleCrm.Application.AccessClasses.AccessClass { Name = "Liczeni klienci", NameKey = "liczeni klienci" };
            db.AccessClasses.Add(accessClass);
            await db.SaveChangesAsync();
            classId = accessClass.Id;
            await db.Contacts.Where(c => c.Id == keyAccount).ExecuteUpdateAsync(c => c.SetProperty(x => x.AccessClassId, classId));
        }

        async Task<int> LeadAsync(string name, string? responsible, int statusId, bool throughClass)
        {
            var id = await database.AddLeadAsync(manager, new LeadInput { Name = name, StatusId = statusId, ResponsibleUserId = responsible ?? manager.UserId });
            await using var db = database.Context(manager);
            await db.Leads.Where(l => l.Id == id).ExecuteUpdateAsync(l => l
                .SetProperty(x => x.ContactId, throughClass ? keyAccount : null)
                .SetProperty(x => x.ResponsibleUserId, responsible));
            return id;
        }

        int[] visible =
        [
            await LeadAsync("Własny", rep.UserId, statuses["New"], throughClass: false),
            await LeadAsync("Własny klienta klasy", rep.UserId, statuses["New"], throughClass: true),
            await LeadAsync("Cudzy klienta klasy", other.UserId, statuses["InProgress"], throughClass: true),
            await LeadAsync("Bez opiekuna, klienta klasy", null, statuses["InProgress"], throughClass: true),
        ];
        await LeadAsync("Cudzy", other.UserId, statuses["New"], throughClass: false);

        var repWithClass = rep with { AccessClassIds = [classId] };
        await using var check = database.Context(repWithClass);
        var queries = new LeadQueries(check, repWithClass);
        var plain = await queries.ListPageAsync(new LeadListQuery(), None);
        var grouped = await queries.ListPageAsync(new LeadListQuery { Group = LeadGrouping.Status }, None);

        Assert.Equal(4, plain.Page.TotalCount);
        Assert.Equal(visible.Order(), plain.Page.Items.Select(i => i.Id).Order());
        Assert.Equal(4, grouped.Page.TotalCount);
        Assert.Equal([(statuses["New"], 2), (statuses["InProgress"], 2)], grouped.Groups.Select(g => (g.StatusId!.Value, g.Count)));
    }

    [Fact]
    public async Task Grouping_by_month_puts_the_newest_month_first_unless_the_list_runs_oldest_first()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("group-month-rep"));
        var now = database.Clock.Now;
        database.Clock.Now = new DateTimeOffset(2026, 9, 15, 12, 0, 0, TimeSpan.Zero);
        var september = await database.AddLeadAsync(rep, new LeadInput { Name = "Wrześniowy" });
        database.Clock.Now = new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero);
        var october = await database.AddLeadAsync(rep, new LeadInput { Name = "Październikowy" });
        var october2 = await database.AddLeadAsync(rep, new LeadInput { Name = "Październikowy 2" });
        database.Clock.Now = now;

        await using var db = database.Context(rep);
        var queries = new LeadQueries(db, rep);
        var newest = await queries.ListPageAsync(new LeadListQuery { Group = LeadGrouping.CreatedMonth }, None);
        var oldest = await queries.ListPageAsync(new LeadListQuery { Group = LeadGrouping.CreatedMonth, Descending = false }, None);

        Assert.Equal([(new DateOnly(2026, 10, 1), 2), (new DateOnly(2026, 9, 1), 1)], newest.Groups.Select(g => (g.Month!.Value, g.Count)));
        Assert.Equal([october2, october, september], newest.Page.Items.Select(i => i.Id));
        Assert.Equal([september, october, october2], oldest.Page.Items.Select(i => i.Id));
        Assert.Equal(new DateOnly(2026, 9, 1), oldest.Groups[0].Month);
    }

    [Fact]
    public async Task The_first_page_of_open_leads_walks_the_creation_index_instead_of_sorting_every_lead()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("plan-admin"));
        await using var db = database.Context(admin);
        var page = LeadListFilter.Matching(db, admin, new LeadListQuery(), walkSortIndex: true)
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).Select(l => l.Id).Take(25);
        var count = LeadListFilter.Matching(db, admin, new LeadListQuery()).Select(l => l.Id);

        var pagePlan = await PlanAsync(db, page.ToQueryString());
        var countPlan = await PlanAsync(db, count.ToQueryString());

        Assert.Contains("IX_Leads_IsDeleted_CreatedAt_Id", pagePlan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", pagePlan, StringComparison.Ordinal);
        Assert.Contains("IX_Leads_StatusId_IsDeleted_KanbanRank", countPlan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_filter_keeps_the_query_without_its_page_and_its_name_is_unique_per_user_in_any_case()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("saved-filter-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("saved-filter-other"));
        var statuses = await database.LeadStatusIdsAsync();
        var query = new LeadListQuery { Search = "targi", StatusIds = [statuses["New"]], Group = LeadGrouping.Status, Sort = LeadSort.Amount, Page = 4 };

        await using var db = database.Context(rep);
        var filters = database.SavedLeadFilters(db, rep);
        var saved = await filters.SaveAsync("  Gorące z targów ", query, None);
        var again = await filters.SaveAsync("GORĄCE Z TARGÓW", new LeadListQuery(), None);
        var empty = await filters.SaveAsync(" ", new LeadListQuery(), None);
        await using var otherDb = database.Context(other);
        var othersOwn = await database.SavedLeadFilters(otherDb, other).SaveAsync("Gorące z targów", new LeadListQuery(), None);

        Assert.True(saved.Succeeded);
        Assert.Equal([LeadMessages.FilterNameTaken], again.Failures.Select(f => f.MessageKey));
        Assert.Equal([Messages.Required], empty.Failures.Select(f => f.MessageKey));
        Assert.True(othersOwn.Succeeded);
        var link = Assert.Single(await filters.ListAsync(None));
        Assert.Equal("Gorące z targów", link.Name);
        Assert.Equal("targi", link.Query.Search);
        Assert.Equal([statuses["New"]], link.Query.StatusIds);
        Assert.Equal((LeadGrouping.Status, LeadSort.Amount, 1), (link.Query.Group, link.Query.Sort, link.Query.Page));
    }

    [Fact]
    public async Task The_unique_index_refuses_a_second_name_differing_only_in_case_even_past_the_check()
    {
        var owner = await database.AddUserAsync("saved-filter-index");
        await using var db = database.Context(new SystemUser());
        db.SavedLeadFilters.Add(new SavedLeadFilter { OwnerId = owner, Name = "A", NameKey = SavedLeadFilters.NameKeyOf("Ala"), Query = "{}" });
        await db.SaveChangesAsync();
        db.SavedLeadFilters.Add(new SavedLeadFilter { OwnerId = owner, Name = "B", NameKey = SavedLeadFilters.NameKeyOf(" ALA "), Query = "{}" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_saved_filter_naming_a_status_or_source_deleted_since_opens_without_it_and_broken_json_opens_the_plain_list()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("stale-filter-rep"));
        var statuses = await database.LeadStatusIdsAsync();
        await using var db = database.Context(rep);
        var filters = database.SavedLeadFilters(db, rep);
        Assert.True((await filters.SaveAsync("Stary", new LeadListQuery { StatusIds = [statuses["New"], 987654], SourceId = 987654, Search = "x" }, None)).Succeeded);
        db.SavedLeadFilters.Add(new SavedLeadFilter { OwnerId = rep.UserId!, Name = "Zepsuty", NameKey = "zepsuty", Query = "{\"statusIds\": \"nie lista\"" });
        await db.SaveChangesAsync();

        var links = await filters.ListAsync(None);

        var stale = links.Single(l => l.Name == "Stary").Query;
        Assert.Equal([statuses["New"]], stale.StatusIds);
        Assert.Null(stale.SourceId);
        Assert.Equal("x", stale.Search);
        Assert.Equal(new LeadListQuery().Search, links.Single(l => l.Name == "Zepsuty").Query.Search);
    }

    [Fact]
    public async Task Only_the_owner_deletes_a_saved_filter()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("delete-filter-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("delete-filter-other"));
        await using var db = database.Context(rep);
        var id = (await database.SavedLeadFilters(db, rep).SaveAsync("Mój", new LeadListQuery(), None)).Value;

        await using var otherDb = database.Context(other);
        var byOther = await database.SavedLeadFilters(otherDb, other).DeleteAsync(id, None);
        var stillThere = (await database.SavedLeadFilters(db, rep).ListAsync(None)).Count;
        var byOwner = await database.SavedLeadFilters(db, rep).DeleteAsync(id, None);

        Assert.True(byOther.IsNotFound);
        Assert.Equal(1, stillThere);
        Assert.True(byOwner.Succeeded);
        Assert.Empty(await database.SavedLeadFilters(db, rep).ListAsync(None));
    }

    [Fact]
    public async Task Column_preferences_are_kept_per_user_and_list_and_replaced_when_saved_again()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("columns-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("columns-other"));
        await using var db = database.Context(rep);
        var preferences = database.ListPreferences(db, rep);

        var before = await preferences.ColumnsAsync(ListNames.Leads, None);
        Assert.True((await preferences.SaveColumnsAsync(ListNames.Leads, ["status", "amount", "status"], None)).Succeeded);
        Assert.True((await preferences.SaveColumnsAsync(ListNames.Leads, ["amount", "created"], None)).Succeeded);
        var forged = await preferences.SaveColumnsAsync(ListNames.Leads, ["a,b"], None);
        await using var otherDb = database.Context(other);

        Assert.Null(before);
        Assert.Equal(["amount", "created"], await preferences.ColumnsAsync(ListNames.Leads, None));
        Assert.Equal([Messages.InvalidValue], forged.Failures.Select(f => f.MessageKey));
        Assert.Null(await database.ListPreferences(otherDb, other).ColumnsAsync(ListNames.Leads, None));
        Assert.Equal(1, await db.ListPreferences.CountAsync(p => p.UserId == rep.UserId));
    }

    /// <summary>SQLite's plan for a query EF printed, each parameter given a value.</summary>
    private static async Task<string> PlanAsync(SimpleCrm.Application.Data.CrmDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Only the SQL: not EF's parameter lines nor its note on split queries.
        var lines = sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal) && !l.StartsWith("--", StringComparison.Ordinal) && !l.Contains("split-query", StringComparison.Ordinal));
        command.CommandText = "EXPLAIN QUERY PLAN " + System.Text.RegularExpressions.Regex.Replace(string.Join('\n', lines), @"@\w+", "0");
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(Environment.NewLine, plan);
    }
}
