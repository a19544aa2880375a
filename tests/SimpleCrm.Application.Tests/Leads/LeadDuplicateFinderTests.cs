using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Leads;

public sealed class LeadDuplicateFinderTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_lead_typed_with_a_known_email_phone_code_or_name_finds_the_leads_and_contacts_it_may_be()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("dup-rep"));
        var byEmail = await database.AddContactAsync(rep, APerson("Inna", "Osoba").WithEmails("Biuro@Duplikat.pl").OwnedBy(rep.UserId).Build());
        var byName = await database.AddContactAsync(rep, APerson("Żaneta", "Śliwińska").OwnedBy(rep.UserId).Build());
        var company = await database.AddContactAsync(rep, ACompany("Hurtownia Łąkowa").OwnedBy(rep.UserId).Build());
        var byPhone = await AddLeadAsync(rep, new LeadInput { Name = "Telefoniczny", Phone = "601 777 888" });
        var byCode = await AddLeadAsync(rep, new LeadInput { Name = "Z kodem", CompanyCode = "PL-555-000-11" });

        await using var db = database.Context(rep);
        var found = await Finder(db, rep).FindAsync(new LeadInput
        {
            Name = "Nowy lead",
            Email = " biuro@duplikat.PL ",
            Phone = "+48 601-777-888",
            CompanyCode = "pl555 000 11",
            FirstName = "Sliwinska",
            LastName = "zaneta",
            CompanyName = "HURTOWNIA LAKOWA",
        }, exceptLeadId: null, None);

        Assert.Equal(
            [
                (LeadDuplicateKind.Contact, byEmail, LeadDuplicateReason.SameEmail),
                (LeadDuplicateKind.Lead, byPhone, LeadDuplicateReason.SamePhone),
                (LeadDuplicateKind.Lead, byCode, LeadDuplicateReason.SameCompanyCode),
                (LeadDuplicateKind.Contact, byName, LeadDuplicateReason.SameName),
                (LeadDuplicateKind.Contact, company, LeadDuplicateReason.SameCompany),
            ],
            found.Select(d => (d.Kind, d.Id, d.Reason)));
    }

    [Fact]
    public async Task A_sales_rep_is_not_told_of_another_reps_lead_or_contact_and_a_lead_is_not_its_own_duplicate()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("dup-own-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("dup-other-rep"));
        await database.AddContactAsync(other, APerson("Ukryty", "Kontakt").WithEmails("ukryty@sekret.pl").OwnedBy(other.UserId).Build());
        await AddLeadAsync(other, new LeadInput { Name = "Ukryty lead", Email = "ukryty@sekret.pl" });
        var own = await AddLeadAsync(rep, new LeadInput { Name = "Własny", Email = "ukryty@sekret.pl" });

        await using var db = database.Context(rep);
        var whenEditing = await Finder(db, rep).FindAsync(new LeadInput { Name = "Własny", Email = "ukryty@sekret.pl" }, own, None);
        var whenCreating = await Finder(db, rep).FindAsync(new LeadInput { Name = "Nowy", Email = "ukryty@sekret.pl" }, null, None);

        Assert.Empty(whenEditing);
        Assert.Equal([own], whenCreating.Select(d => d.Id));
    }

    private LeadDuplicateFinder Finder(SimpleCrm.Application.Data.CrmDbContext db, TestUser user) => new(db, user, database.Phones);

    private async Task<int> AddLeadAsync(TestUser user, LeadInput input)
    {
        await using var db = database.Context(user);
        var result = await database.LeadCommands(db, user).CreateAsync(input, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }
}
