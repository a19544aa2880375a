using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;

namespace SimpleCrm.Application.Tests.CustomFields;

/// <summary>The lead list sorted by a custom field: every sortable type both ways, leads without a value last, paging, groups, stale fields, the index.</summary>
public sealed class CustomFieldSortTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestUser _rep = null!;
    private TestUser _otherRep = null!;

    public async Task InitializeAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        _rep = TestUser.SalesRep(await database.AddUserAsync("sort-rep-" + tag));
        _otherRep = TestUser.SalesRep(await database.AddUserAsync("sort-other-" + tag));
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Leads_sort_by_every_sortable_type_both_ways_with_the_leads_without_a_value_last_and_ties_by_id()
    {
        var tag = Tag();
        var text = await FieldAsync(CustomFieldType.Text, "T " + tag);
        var number = await FieldAsync(CustomFieldType.Number, "N " + tag);
        var money = await FieldAsync(CustomFieldType.Money, "M " + tag);
        var date = await FieldAsync(CustomFieldType.Date, "D " + tag);
        var dateTime = await FieldAsync(CustomFieldType.DateTime, "DT " + tag);
        var yesNo = await FieldAsync(CustomFieldType.YesNo, "Y " + tag);
        var (single, options) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.SingleChoice, "S " + tag, options: ["Cold", "Warm", "Hot"]);
        await ReorderAsync(single, [options[2], options[0], options[1]]);
        var (cold, warm, hot) = (Id(options[0]), Id(options[1]), Id(options[2]));
        int l1 = 0, l2 = 0, l3 = 0, l4 = 0;
        await InCultureAsync("en", async () =>
        {
            l1 = await AddLeadAsync(_rep, "One " + tag, Entry(text, "Żaneta"), Entry(number, "2.5"), Money(money, "100", "PLN"), Entry(date, "2026-03-01"),
                Entry(dateTime, "2026-01-15T23:30"), Entry(yesNo, "true"), Entry(single, warm));
            l2 = await AddLeadAsync(_rep, "Two " + tag, Entry(text, "adam"), Entry(number, "10"), Money(money, "100", "EUR"), Entry(date, "2025-12-31"),
                Entry(dateTime, "2026-01-15T08:00"), Entry(yesNo, "false"), Entry(single, hot));
            l3 = await AddLeadAsync(_rep, "Three " + tag, Entry(text, "Łukasz"), Entry(number, "-5"), Money(money, "9.99", "PLN"), Entry(date, "2026-01-15"),
                Entry(dateTime, "2026-01-16T00:10"), Entry(yesNo, "true"), Entry(single, cold));
            l4 = await AddLeadAsync(_rep, "Four " + tag);
            await AddLeadAsync(_otherRep, "Hidden " + tag, Entry(text, "aaa"), Entry(number, "-100"), Money(money, "1", "PLN"), Entry(date, "2000-01-01"),
                Entry(dateTime, "2000-01-01T00:00"), Entry(yesNo, "false"), Entry(single, hot));
        });

        async Task<IReadOnlyList<int>> Sorted(int fieldId, bool descending)
        {
            await using var db = database.Context(_rep);
            var page = await new LeadQueries(db, _rep).ListAsync(new LeadListQuery { Search = tag, Sort = LeadSort.Custom, SortFieldId = fieldId, Descending = descending }, None);
            return [.. page.Items.Select(i => i.Id)];
        }

        Assert.Equal([l2, l3, l1, l4], await Sorted(text, false));
        Assert.Equal([l1, l3, l2, l4], await Sorted(text, true));
        Assert.Equal([l3, l1, l2, l4], await Sorted(number, false));
        Assert.Equal([l2, l1, l3, l4], await Sorted(number, true));
        Assert.Equal([l3, l1, l2, l4], await Sorted(money, false));
        Assert.Equal([l2, l1, l3, l4], await Sorted(money, true));
        Assert.Equal([l2, l3, l1, l4], await Sorted(date, false));
        Assert.Equal([l1, l3, l2, l4], await Sorted(date, true));
        Assert.Equal([l2, l1, l3, l4], await Sorted(dateTime, false));
        Assert.Equal([l3, l1, l2, l4], await Sorted(dateTime, true));
        Assert.Equal([l2, l1, l3, l4], await Sorted(yesNo, false));
        Assert.Equal([l3, l1, l2, l4], await Sorted(yesNo, true));
        Assert.Equal([l2, l3, l1, l4], await Sorted(single, false));
        Assert.Equal([l1, l3, l2, l4], await Sorted(single, true));
    }

    [Fact]
    public async Task A_page_that_crosses_from_the_last_value_to_the_leads_without_one_continues_in_id_order()
    {
        var tag = Tag();
        var number = await FieldAsync(CustomFieldType.Number, "Paged " + tag);
        var valued = new List<int>();
        var empty = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            empty.Add(await AddLeadAsync(_rep, $"Empty {i} {tag}"));
            valued.Add(await AddLeadAsync(_rep, $"Valued {i} {tag}", Entry(number, (30 - i).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        await using var db = database.Context(_rep);
        var ids = db.Leads.Where(l => l.Name.EndsWith(" " + tag)).Select(l => l.Id);
        async Task<List<int>> Window(bool descending, int skip) =>
            await CustomFieldSort.PageAsync(db, number, CustomFieldType.Number, ids, descending, skip, 2, None);

        // Ascending: 28, 29, 30, then the empty ones.
        List<int> ascending = [valued[2], valued[1], valued[0], .. empty];
        for (var skip = 0; skip <= 6; skip++)
        {
            Assert.Equal(ascending.Skip(skip).Take(2), await Window(false, skip));
        }

        List<int> descendingOrder = [valued[0], valued[1], valued[2], .. empty.AsEnumerable().Reverse()];
        for (var skip = 0; skip <= 6; skip++)
        {
            Assert.Equal(descendingOrder.Skip(skip).Take(2), await Window(true, skip));
        }
    }

    [Fact]
    public async Task Grouped_by_status_each_group_is_sorted_by_the_field_with_its_empty_leads_last()
    {
        var tag = Tag();
        var statuses = await database.LeadStatusIdsAsync();
        var number = await FieldAsync(CustomFieldType.Number, "Grouped " + tag);
        var newHigh = await AddLeadAsync(_rep, "New high " + tag, Entry(number, "50"));
        var newEmpty = await AddLeadAsync(_rep, "New empty " + tag);
        var newLow = await AddLeadAsync(_rep, "New low " + tag, Entry(number, "5"));
        var working = await database.AddLeadAsync(_rep, new LeadInput { Name = "Working " + tag, StatusId = statuses["InProgress"], CustomFields = [Entry(number, "1")] });

        await using var db = database.Context(_rep);
        var page = await new LeadQueries(db, _rep).ListPageAsync(
            new LeadListQuery { Search = tag, Group = LeadGrouping.Status, Sort = LeadSort.Custom, SortFieldId = number, Descending = false }, None);

        Assert.Equal([newLow, newHigh, newEmpty, working], page.Page.Items.Select(i => i.Id));
        Assert.Equal([statuses["New"], statuses["InProgress"]], page.Groups.Select(g => g.StatusId!.Value));
    }

    [Fact]
    public async Task A_sort_by_a_missing_archived_or_multi_choice_field_falls_back_to_newest_first()
    {
        var tag = Tag();
        var archived = await FieldAsync(CustomFieldType.Number, "Archived " + tag);
        var (multi, options) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.MultiChoice, "Multi " + tag, options: ["A", "B"]);
        var contactField = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Number, "Contact " + tag)).Id;
        var older = await AddLeadAsync(_rep, "Older " + tag, Entry(archived, "1"), Entry(multi, Id(options[0])));
        var newer = await AddLeadAsync(_rep, "Newer " + tag, Entry(archived, "2"), Entry(multi, Id(options[1])));
        await ArchiveAsync(archived);

        await using var db = database.Context(_rep);
        var queries = new LeadQueries(db, _rep);
        foreach (var fieldId in new int?[] { archived, multi, contactField, 987654, null })
        {
            var query = new LeadListQuery { Search = tag, Sort = LeadSort.Custom, SortFieldId = fieldId, Descending = false };
            var page = await queries.ListAsync(query, None);
            var cleaned = (await LeadListVocabulary.LoadAsync(db, None)).Clean(query);

            Assert.Equal([newer, older], page.Items.Select(i => i.Id));
            Assert.Equal((LeadSort.Created, null, true), (cleaned.Sort, cleaned.SortFieldId, cleaned.Descending));
        }

        var named = (await LeadListVocabulary.LoadAsync(db, None)).Clean(new LeadListQuery { Sort = LeadSort.Name, SortFieldId = multi });
        Assert.Null(named.SortFieldId);
    }

    [Fact]
    public async Task A_saved_filter_keeps_the_custom_sort_until_its_field_is_archived()
    {
        var tag = Tag();
        var field = await FieldAsync(CustomFieldType.Date, "Saved " + tag);
        await using (var db = database.Context(_rep))
        {
            var saved = await database.SavedLeadFilters(db, _rep).SaveAsync("By date " + tag, new LeadListQuery { Sort = LeadSort.Custom, SortFieldId = field, Descending = false }, None);
            Assert.True(saved.Succeeded);
        }

        async Task<LeadListQuery> Read()
        {
            await using var db = database.Context(_rep);
            return (await database.SavedLeadFilters(db, _rep).ListAsync(None)).Single(f => f.Name == "By date " + tag).Query;
        }

        var kept = await Read();
        await ArchiveAsync(field);
        var afterArchive = await Read();

        Assert.Equal((LeadSort.Custom, field, false), (kept.Sort, kept.SortFieldId, kept.Descending));
        Assert.Equal((LeadSort.Created, null, true), (afterArchive.Sort, afterArchive.SortFieldId, afterArchive.Descending));
    }

    [Fact]
    public async Task The_number_sort_walks_the_fields_number_index_in_order()
    {
        var field = await FieldAsync(CustomFieldType.Number, "Walked " + Guid.NewGuid().ToString("N")[..6]);
        await using var db = database.Context(_rep);
        var leads = LeadListFilter.Matching(db, _rep, new LeadListQuery(), walkSortIndex: true).Select(l => l.Id);
        var sql = CustomFieldSort.Valued(db, field, CustomFieldType.Number, leads, descending: true).Take(25).ToQueryString();

        var plan = await database.QueryPlanAsync(sql);

        Assert.Contains("ORDER BY \"c\".\"NumberKey\" DESC", sql, StringComparison.Ordinal);
        Assert.Contains("USING INDEX IX_CustomFieldValues_FieldId_NumberKey (FieldId=? AND NumberKey>?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("USE TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
    }

    /// <summary>Letters only: a search term of mostly digits would look for phone digits instead of the name.</summary>
    private static string Tag() => new([.. Guid.NewGuid().ToString("N")[..8].Select(c => char.IsDigit(c) ? (char)('g' + c - '0') : c)]);

    private async Task<int> FieldAsync(CustomFieldType type, string label) => (await AddFieldAsync(database, CustomFieldRecordType.Lead, type, label)).Id;

    private async Task ReorderAsync(int fieldId, IReadOnlyList<int> optionIds)
    {
        var admin = TestUser.Admin("custom-field-admin");
        await using var db = database.Context(admin);
        Assert.True((await TestDatabase.CustomFieldOptions(db, admin).ReorderAsync(fieldId, optionIds, None)).Succeeded);
    }

    private async Task ArchiveAsync(int fieldId)
    {
        var admin = TestUser.Admin("custom-field-admin");
        await using var db = database.Context(admin);
        Assert.True((await TestDatabase.CustomFieldAdministration(db, admin).SetArchivedAsync(fieldId, true, None)).Succeeded);
    }

    private async Task<int> AddLeadAsync(TestUser user, string name, params CustomFieldEntry[] entries) =>
        await database.AddLeadAsync(user, new LeadInput { Name = name, CustomFields = [.. entries] });
}
