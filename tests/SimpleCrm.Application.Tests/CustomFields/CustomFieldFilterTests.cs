using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;

namespace SimpleCrm.Application.Tests.CustomFields;

/// <summary>The lead and contact lists filtered by custom fields: every type, the typed index, the visibility rule.</summary>
public sealed class CustomFieldFilterTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestUser _rep = null!;
    private TestUser _otherRep = null!;

    public async Task InitializeAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        _rep = TestUser.SalesRep(await database.AddUserAsync("filter-rep-" + tag));
        _otherRep = TestUser.SalesRep(await database.AddUserAsync("filter-other-" + tag));
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Leads_filter_by_every_type()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var text = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Text, "T " + tag)).Id;
        var number = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Number, "N " + tag)).Id;
        var money = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Money, "M " + tag)).Id;
        var date = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Date, "D " + tag)).Id;
        var dateTime = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.DateTime, "DT " + tag)).Id;
        var yesNo = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.YesNo, "Y " + tag)).Id;
        var (single, singleOptions) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.SingleChoice, "S " + tag, options: ["Red", "Blue"]);
        var (multi, multiOptions) = await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.MultiChoice, "MC " + tag, options: ["X", "Y"]);
        int first = 0, second = 0;
        await InCultureAsync("en", async () =>
        {
            first = await AddLeadAsync(_rep, "First " + tag, Entry(text, "Łódź Kaliska"), Entry(number, "10"), Money(money, "100", "PLN"), Entry(date, "2026-01-15"),
                Entry(dateTime, "2026-01-15T23:30"), Entry(yesNo, "true"), Entry(single, Id(singleOptions[0])), Entry(multi, Id(multiOptions[0]), Id(multiOptions[1])));
            second = await AddLeadAsync(_rep, "Second " + tag, Entry(text, "Warszawa"), Entry(number, "25.5"), Money(money, "2500", "EUR"), Entry(date, "2026-02-01"),
                Entry(dateTime, "2026-01-16T00:10"), Entry(yesNo, "false"), Entry(single, Id(singleOptions[1])), Entry(multi, Id(multiOptions[1])));
        });

        async Task<IEnumerable<int>> Matching(CustomFieldCriterion criterion)
        {
            await using var db = database.Context(_rep);
            var page = await new LeadQueries(db, _rep).ListAsync(new LeadListQuery { Custom = [criterion] }, None);
            return page.Items.Select(i => i.Id).Order();
        }

        Assert.Equal([first], await Matching(new() { FieldId = text, Text = "LODZ" }));
        Assert.Equal([second], await Matching(new() { FieldId = number, Min = 20 }));
        Assert.Equal([first], await Matching(new() { FieldId = number, Max = 10 }));
        Assert.Equal([first, second], await Matching(new() { FieldId = money, Min = 100, Max = 2500 }));
        Assert.Equal([second], await Matching(new() { FieldId = date, From = new DateOnly(2026, 1, 16) }));
        Assert.Equal([first], await Matching(new() { FieldId = dateTime, To = new DateOnly(2026, 1, 15) }));
        Assert.Equal([second], await Matching(new() { FieldId = yesNo, Yes = false }));
        Assert.Equal([first], await Matching(new() { FieldId = single, OptionId = singleOptions[0] }));
        Assert.Equal([first, second], await Matching(new() { FieldId = multi, OptionId = multiOptions[1] }));
        Assert.Equal([first], await Matching(new() { FieldId = multi, OptionId = multiOptions[0] }));
        Assert.Equal([first, second], await Matching(new() { FieldId = number }));
    }

    [Fact]
    public async Task The_number_filter_compares_the_typed_column_through_its_field_index()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Number, "Indexed " + Guid.NewGuid().ToString("N")[..6])).Id;
        await using var db = database.Context(_rep);
        var ids = CustomFieldFilter.MatchingIds(db, CustomFieldRecordType.Lead, [new CustomFieldCriterion { FieldId = field, Min = 10, Max = 20 }]).Single();
        var sql = db.Leads.Where(l => ids.Contains(l.Id)).ToQueryString();

        var plan = await database.QueryPlanAsync(sql);

        Assert.Contains("\"NumberKey\" >=", sql, StringComparison.Ordinal);
        Assert.Contains("\"NumberKey\" <=", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("TextKey", sql, StringComparison.Ordinal);
        Assert.Contains("USING INDEX IX_CustomFieldValues_FieldId_NumberKey (FieldId=? AND NumberKey>? AND NumberKey<?)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_date_filter_seeks_the_date_column_of_its_field()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.Date, "Dated " + Guid.NewGuid().ToString("N")[..6])).Id;
        await using var db = database.Context(_rep);
        var ids = CustomFieldFilter.MatchingIds(db, CustomFieldRecordType.Lead, [new CustomFieldCriterion { FieldId = field, From = new DateOnly(2026, 1, 1) }]).Single();
        var sql = db.Leads.Where(l => ids.Contains(l.Id)).ToQueryString();

        var plan = await database.QueryPlanAsync(sql);

        Assert.Contains("\"DateValue\" >=", sql, StringComparison.Ordinal);
        Assert.Contains("USING INDEX IX_CustomFieldValues_FieldId_DateValue (FieldId=? AND DateValue>?)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_filter_compares_the_folded_text_of_its_own_fields_values_only()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.Text, "Folded " + Guid.NewGuid().ToString("N")[..6])).Id;
        await using var db = database.Context(_rep);
        var ids = CustomFieldFilter.MatchingIds(db, CustomFieldRecordType.Contact, [new CustomFieldCriterion { FieldId = field, Text = "Żó" }]).Single();
        var sql = db.Contacts.Where(c => ids.Contains(c.Id)).ToQueryString();

        var plan = await database.QueryPlanAsync(sql);

        Assert.Contains("\"TextKey\" LIKE", sql, StringComparison.Ordinal);
        // A "contains" pattern cannot seek inside the text: the seek is to the field's own values, then each folded text is compared.
        Assert.Matches(@"SEARCH \w+ USING (COVERING )?INDEX IX_CustomFieldValues_FieldId_\w+ \(FieldId=\?", plan);
    }

    [Fact]
    public async Task A_filter_finds_only_visible_leads_and_a_field_of_another_record_type_matches_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.YesNo, "Hot " + tag)).Id;
        var contactField = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.YesNo, "Hot contact " + tag)).Id;
        var mine = await AddLeadAsync(_rep, "Mine " + tag, Entry(field, "true"));
        await AddLeadAsync(_otherRep, "Theirs " + tag, Entry(field, "true"));

        await using var db = database.Context(_rep);
        var queries = new LeadQueries(db, _rep);
        var hot = await queries.ListAsync(new LeadListQuery { Custom = [new() { FieldId = field, Yes = true }] }, None);
        var wrongType = await queries.ListAsync(new LeadListQuery { Custom = [new() { FieldId = contactField, Yes = true }] }, None);

        Assert.Equal([mine], hot.Items.Select(i => i.Id));
        Assert.Empty(wrongType.Items);
    }

    [Fact]
    public async Task The_contact_list_filters_by_a_choice_field()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (field, options) = await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.SingleChoice, "Segment " + tag, options: ["Retail", "Wholesale"]);
        var retail = await database.AddContactAsync(_rep, ContactInputBuilder.APerson("Rita", "Retail" + tag).OwnedBy(_rep.UserId)
            .With(i => i.CustomFields = [Entry(field, Id(options[0]))]).Build());
        await database.AddContactAsync(_rep, ContactInputBuilder.APerson("Walt", "Whole" + tag).OwnedBy(_rep.UserId)
            .With(i => i.CustomFields = [Entry(field, Id(options[1]))]).Build());

        await using var db = database.Context(_rep);
        var page = await TestDatabase.Queries(db, _rep).ListAsync(new ContactListQuery { Search = tag, Custom = [new() { FieldId = field, OptionId = options[0] }] }, None);

        Assert.Equal([retail], page.Items.Select(i => i.Id));
        Assert.False(new ContactListQuery { Custom = [new() { FieldId = field, OptionId = options[0] }] }.IsEmpty);
        Assert.Equal([new CustomFieldCriterion { FieldId = field, OptionId = options[0] }], new ContactListQuery { Custom = [new() { FieldId = field, OptionId = options[0] }, new() { FieldId = field + 1 }] }.ToFilter().Custom);
    }

    private async Task<int> AddLeadAsync(TestUser user, string name, params CustomFieldEntry[] entries)
    {
        await using var db = database.Context(user);
        var result = await database.LeadCommands(db, user).CreateAsync(new LeadInput { Name = name, CustomFields = [.. entries] }, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }
}
