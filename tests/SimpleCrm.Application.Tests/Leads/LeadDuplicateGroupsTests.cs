using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Leads;

public sealed class LeadDuplicateGroupsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Leads_sharing_an_email_with_each_other_or_with_contacts_form_one_group_and_a_lone_lead_none()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("groups-email-rep"));
        var a = await database.AddLeadAsync(rep, new LeadInput { Name = "Pierwszy", Email = "Zakupy@Grupa.pl" });
        var b = await database.AddLeadAsync(rep, new LeadInput { Name = "Drugi", Email = "zakupy@grupa.pl " });
        var withContact = await database.AddLeadAsync(rep, new LeadInput { Name = "Z kontaktem", Email = "biuro@kontakt.pl" });
        var contact = await database.AddContactAsync(rep, APerson("Ewa", "Kontaktowa").WithEmails("BIURO@kontakt.pl").OwnedBy(rep.UserId).Build());
        await database.AddLeadAsync(rep, new LeadInput { Name = "Samotny", Email = "samotny@grupa.pl" });

        await using var db = database.Context(rep);
        var page = await TestDatabase.LeadDuplicateGroups(db, rep).FindAsync(LeadDuplicateReason.SameEmail, 1, None);

        Assert.Equal(["biuro@kontakt.pl", "zakupy@grupa.pl"], page.Groups.Select(g => g.Key));
        Assert.Equal([withContact], page.Groups[0].Leads.Select(l => l.Id));
        Assert.Equal([contact], page.Groups[0].Contacts.Select(c => c.Id));
        Assert.Equal([b, a], page.Groups[1].Leads.Select(l => l.Id));
        Assert.False(page.HasNext);
    }

    [Fact]
    public async Task A_person_typed_in_either_word_order_and_a_company_match_as_the_form_check_does()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("groups-name-rep"));
        var right = await database.AddLeadAsync(rep, new LeadInput { Name = "Po kolei", FirstName = "Łucja", LastName = "Żółkiewska" });
        var reversed = await database.AddLeadAsync(rep, new LeadInput { Name = "Odwrotnie", FirstName = "Zolkiewska", LastName = "lucja" });
        var contact = await database.AddContactAsync(rep, APerson("Łucja", "Żółkiewska").OwnedBy(rep.UserId).Build());
        var company = await database.AddLeadAsync(rep, new LeadInput { Name = "Firma", CompanyName = "Dźwigi Łódź" });
        var companyContact = await database.AddContactAsync(rep, ACompany("DZWIGI LODZ").OwnedBy(rep.UserId).Build());
        var code1 = await database.AddLeadAsync(rep, new LeadInput { Name = "Kod 1", CompanyCode = "PL 123-456" });
        var code2 = await database.AddLeadAsync(rep, new LeadInput { Name = "Kod 2", CompanyCode = "pl123456" });

        await using var db = database.Context(rep);
        var groups = TestDatabase.LeadDuplicateGroups(db, rep);
        var people = await groups.FindAsync(LeadDuplicateReason.SameName, 1, None);
        var companies = await groups.FindAsync(LeadDuplicateReason.SameCompany, 1, None);
        var codes = await groups.FindAsync(LeadDuplicateReason.SameCompanyCode, 1, None);

        var person = Assert.Single(people.Groups);
        Assert.Equal([right, reversed], person.Leads.Select(l => l.Id).Order());
        Assert.Equal([contact], person.Contacts.Select(c => c.Id));
        var firm = Assert.Single(companies.Groups);
        Assert.Equal(("Dźwigi Łódź", company, companyContact), (firm.Label, firm.Leads.Single().Id, firm.Contacts.Single().Id));
        Assert.Equal([code1, code2], Assert.Single(codes.Groups).Leads.Select(l => l.Id).Order());
    }

    [Fact]
    public async Task A_rep_sees_only_groups_of_records_they_may_see()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("groups-visible-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("groups-visible-other"));
        var own = await database.AddLeadAsync(rep, new LeadInput { Name = "Mój", Phone = "601 444 555" });
        await database.AddLeadAsync(other, new LeadInput { Name = "Cudzy", Phone = "+48601444555" });
        await database.AddContactAsync(other, APerson("Ukryta", "Osoba").WithPhones("601444555").OwnedBy(other.UserId).Build());

        await using var db = database.Context(rep);
        var asRep = await TestDatabase.LeadDuplicateGroups(db, rep).FindAsync(LeadDuplicateReason.SamePhone, 1, None);
        var manager = TestUser.Manager(await database.AddUserAsync("groups-visible-manager"));
        await using var managerDb = database.Context(manager);
        var asManager = await TestDatabase.LeadDuplicateGroups(managerDb, manager).FindAsync(LeadDuplicateReason.SamePhone, 1, None);

        Assert.Empty(asRep.Groups);
        var group = asManager.Groups.Single(g => g.Key == "+48601444555");
        Assert.Equal(2, group.Leads.Count);
        Assert.Contains(own, group.Leads.Select(l => l.Id));
        Assert.Single(group.Contacts);
    }

    [Fact]
    public async Task Groups_are_paged_in_key_order_and_say_whether_more_follow()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("groups-paging-rep"));
        for (var i = 0; i < LeadDuplicateGroups.PageSize + 2; i++)
        {
            await database.AddLeadAsync(rep, new LeadInput { Name = $"A{i}", Email = $"para{i:D2}@strona.pl" });
            await database.AddLeadAsync(rep, new LeadInput { Name = $"B{i}", Email = $"para{i:D2}@strona.pl" });
        }

        await using var db = database.Context(rep);
        var groups = TestDatabase.LeadDuplicateGroups(db, rep);
        var first = await groups.FindAsync(LeadDuplicateReason.SameEmail, 1, None);
        var second = await groups.FindAsync(LeadDuplicateReason.SameEmail, 2, None);

        Assert.True(first.HasNext);
        Assert.Equal(LeadDuplicateGroups.PageSize, first.Groups.Count);
        Assert.Equal("para00@strona.pl", first.Groups[0].Key);
        Assert.Equal(["para20@strona.pl", "para21@strona.pl"], second.Groups.Select(g => g.Key));
        Assert.False(second.HasNext);
    }
}
