using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads;

/// <summary>The reads behind the lead card, the edit form and the choices the lead pages offer.</summary>
public sealed class LeadReadTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_card_names_the_status_source_and_people_and_carries_the_version()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("card-rep"));
        var id = await AddAsync(rep, new LeadInput { Name = "Dźwigi dla Wilna", FirstName = "Jonas", LastName = "Petraitis", Phone = "+370 612 34567", EstimatedAmount = 1200.5m, Currency = "eur" });

        await using var db = database.Context(rep);
        var card = await new LeadQueries(db, rep).GetAsync(id, None);

        Assert.NotNull(card);
        Assert.Equal("Dźwigi dla Wilna", card.Name);
        Assert.Equal("Jonas Petraitis", card.PersonName);
        Assert.Equal("LeadStatuses.New", card.StatusResourceKey);
        Assert.Equal(LeadStatusMeaning.Open, card.StatusMeaning);
        Assert.Equal("LeadSources.Fair", card.SourceResourceKey);
        Assert.Equal("card-rep", card.ResponsibleName);
        Assert.Equal("card-rep", card.CreatedByName);
        Assert.Equal("+37061234567", card.PhoneE164);
        Assert.Equal("EUR", card.Currency);
        Assert.Equal(db.Leads.Single(l => l.Id == id).Version, card.Version);
    }

    [Fact]
    public async Task Another_sales_rep_gets_neither_the_card_nor_the_form_nor_the_history()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("card-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("card-other"));
        var manager = TestUser.Manager(await database.AddUserAsync("card-manager"));
        var id = await AddAsync(owner, new LeadInput { Name = "Cudzy lead" });

        await using var db = database.Context(other);
        var queries = new LeadQueries(db, other);

        Assert.Null(await queries.GetAsync(id, None));
        Assert.Null(await queries.GetForEditAsync(id, None));
        Assert.False(await queries.IsVisibleAsync(id, None));
        Assert.Null(await database.Timeline(db, other).OfRecordAsync(RecordRef.Lead(id), TimelineKind.All, 1, None));
        Assert.NotNull(await new LeadQueries(db, manager).GetAsync(id, None));
    }

    [Fact]
    public async Task The_edit_form_starts_with_what_was_saved()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("edit-rep"));
        var input = new LeadInput
        {
            Name = "Formularz", FirstName = "Anna", LastName = "Nowak", CompanyName = "Nowak Sp. z o.o.", CompanyCode = "PL 123", Email = "anna@example.pl",
            Phone = "+48 12 345 67 89", Website = "nowak.pl", Street = "Długa 1", City = "Gdańsk", PostalCode = "80-001", Country = "Polska",
            BirthDate = new DateOnly(1980, 5, 1), EstimatedAmount = 99.99m, Currency = "PLN", ProductsOfInterest = "Żurawie",
        };
        var id = await AddAsync(rep, input);

        await using var db = database.Context(rep);
        var edit = await new LeadQueries(db, rep).GetForEditAsync(id, None);

        Assert.NotNull(edit);
        Assert.Equal("Formularz", edit.Name);
        Assert.Equal(db.Leads.Single(l => l.Id == id).Version, edit.Version);
        Assert.Equal(input.Phone, edit.Input.Phone);
        Assert.Equal(input.BirthDate, edit.Input.BirthDate);
        Assert.Equal(input.ProductsOfInterest, edit.Input.ProductsOfInterest);
        Assert.Equal(99.99m, edit.Input.EstimatedAmount);
        Assert.Equal(rep.UserId, edit.Input.ResponsibleUserId);
        Assert.NotNull(edit.Input.StatusId);
        Assert.NotNull(edit.Input.SourceId);
    }

    [Fact]
    public async Task The_options_list_statuses_in_order_and_a_retired_source_only_where_kept()
    {
        int retiredId;
        await using (var db = database.Context(new SystemUser()))
        {
            var retired = new LeadSource { Name = "Retired fair", Position = 99, IsActive = false };
            db.LeadSources.Add(retired);
            await db.SaveChangesAsync(None);
            retiredId = retired.Id;
        }

        await using var check = database.Context(new SystemUser());
        var options = new LeadOptionQueries(check);
        var offered = await options.GetAsync(null, None);
        var kept = await options.GetAsync(retiredId, None);

        Assert.Equal(LeadDefaults.Statuses.Select(s => s.Key), offered.Statuses.Select(s => s.ResourceKey));
        Assert.DoesNotContain(offered.SettableStatuses, s => s.Meaning == LeadStatusMeaning.Converted);
        Assert.Equal("#0d6efd", offered.Statuses[0].Color);
        Assert.DoesNotContain(offered.Sources, s => s.Id == retiredId);
        Assert.Equal(retiredId, kept.Sources[^1].Id);
    }

    [Fact]
    public async Task A_status_change_shows_in_the_leads_history()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("history-rep"));
        var id = await AddAsync(rep, new LeadInput { Name = "Z historią" });
        await using (var db = database.Context(rep))
        {
            var junk = db.LeadStatuses.Single(s => s.Meaning == LeadStatusMeaning.Junk).Id;
            var version = db.Leads.Single(l => l.Id == id).Version;
            Assert.True((await database.LeadCommands(db, rep).ChangeStatusAsync(id, junk, version, None)).Succeeded);
        }

        await using var check = database.Context(rep);
        var lines = await database.Timeline(check, rep).OfRecordAsync(RecordRef.Lead(id), TimelineKind.All, 1, None);

        var line = Assert.Single(lines!.Items);
        Assert.Equal(LeadCommands.StatusChanged, line.Action);
        Assert.Equal("New → Junk", line.Details);
        Assert.Equal("history-rep", line.UserName);
    }

    private async Task<int> AddAsync(TestUser user, LeadInput input)
    {
        await using var db = database.Context(user);
        var result = await database.LeadCommands(db, user).CreateAsync(input, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }
}
