using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads;

public sealed class LeadQueriesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_list_hides_converted_and_junk_leads_unless_asked_and_finds_a_fragment_without_diacritics()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("lead-list-rep"));
        var open = await AddAsync(rep, new LeadInput { Name = "Żurawie dla Łodzi", City = "Łódź" });
        var junk = await AddAsync(rep, new LeadInput { Name = "Żurawie odrzucone" });
        await using (var db = database.Context(rep))
        {
            var junkStatus = db.LeadStatuses.Single(s => s.Meaning == LeadStatusMeaning.Junk).Id;
            var version = db.Leads.Single(l => l.Id == junk).Version;
            Assert.True((await database.LeadCommands(db, rep).ChangeStatusAsync(junk, junkStatus, version, None)).Succeeded);
        }

        await using var check = database.Context(rep);
        var queries = new LeadQueries(check, rep);
        var openOnly = await queries.ListAsync(new LeadListQuery { Search = "zurawie" }, None);
        var everything = await queries.ListAsync(new LeadListQuery { Search = "zurawie", IncludeClosed = true }, None);
        var byCity = await queries.ListAsync(new LeadListQuery { Search = "LODZ" }, None);

        Assert.Equal([open], openOnly.Items.Select(i => i.Id));
        Assert.Equal([open, junk], everything.Items.Select(i => i.Id).Order());
        Assert.Equal([open], byCity.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_list_filters_an_amount_range_and_sorts_by_amount()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("lead-amount-rep"));
        var small = await AddAsync(rep, new LeadInput { Name = "Kwotowy mały", EstimatedAmount = 900.50m, Currency = "pln" });
        var middle = await AddAsync(rep, new LeadInput { Name = "Kwotowy średni", EstimatedAmount = 1500m, Currency = "PLN" });
        var large = await AddAsync(rep, new LeadInput { Name = "Kwotowy duży", EstimatedAmount = 12000m, Currency = "EUR" });

        await using var check = database.Context(rep);
        var queries = new LeadQueries(check, rep);
        var range = await queries.ListAsync(new LeadListQuery { Search = "kwotowy", AmountFrom = 1000m, AmountTo = 20000m, Sort = LeadSort.Amount, Descending = false }, None);
        var all = await queries.ListAsync(new LeadListQuery { Search = "kwotowy", Sort = LeadSort.Amount, Descending = true }, None);

        Assert.Equal([middle, large], range.Items.Select(i => i.Id));
        Assert.Equal([large, middle, small], all.Items.Select(i => i.Id));
        Assert.Equal("PLN", all.Items.Single(i => i.Id == small).Currency);
        Assert.Equal(900.50m, all.Items.Single(i => i.Id == small).EstimatedAmount);
    }

    private async Task<int> AddAsync(TestUser user, LeadInput input)
    {
        await using var db = database.Context(user);
        var result = await database.LeadCommands(db, user).CreateAsync(input, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }
}
