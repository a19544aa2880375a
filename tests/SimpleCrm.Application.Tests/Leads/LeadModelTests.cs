using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Leads;

public sealed class LeadModelTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_new_installation_gets_the_default_statuses_and_sources_once_in_order()
    {
        await using (var db = database.Context(new SystemUser()))
        {
            await LeadDefaultsSeeder.EnsureAsync(db, None);
            await LeadDefaultsSeeder.EnsureAsync(db, None);
        }

        await using var check = database.Context(new SystemUser());
        var statuses = await check.LeadStatuses.OrderBy(s => s.Position).ToListAsync();
        Assert.Equal(["New", "Not contacted", "In progress", "Proposal sent", "Converted", "Junk"], statuses.Select(s => s.Name));
        Assert.Equal(LeadStatusMeaning.Converted, statuses.Single(s => s.Name == "Converted").Meaning);
        Assert.Equal(LeadStatusMeaning.Junk, statuses.Single(s => s.Name == "Junk").Meaning);
        Assert.Equal(["New", "Not contacted", "In progress", "Proposal sent"], statuses.Where(s => s.ShowOnKanban).Select(s => s.Name));
        Assert.Equal(7, await check.LeadSources.CountAsync());
        Assert.All(statuses, s => Assert.StartsWith("LeadStatuses.", s.ResourceKey, StringComparison.Ordinal));
    }

    [Fact]
    public void The_derived_columns_fold_the_name_and_normalise_email_and_company_code()
    {
        var lead = new Lead { Name = "Łódzka Hurtownia", Email = " Biuro@Hurt.PL ", CompanyCode = "PL 123-456-78", Phone = "601 234 567", PhoneE164 = "+48601234567", City = "Łódź" };

        lead.RefreshDerivedFields();

        Assert.Equal("lodzka hurtownia", lead.NameKey);
        Assert.Equal("biuro@hurt.pl", lead.EmailKey);
        Assert.Equal("PL12345678", lead.CompanyCodeKey);
        Assert.Contains("lodz", lead.SearchText, StringComparison.Ordinal);
        Assert.EndsWith("48601234567", lead.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sales_rep_sees_their_own_leads_and_those_whose_contact_is_in_a_class_they_hold()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("lead-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("lead-other"));
        var manager = TestUser.Manager(await database.AddUserAsync("lead-manager"));
        var keyAccount = await database.AddContactAsync(manager, ACompany("Kluczowy Klient").OwnedBy(other.UserId).Build());
        int classId;
        await using (var db = database.Context(manager))
        {
            var accessClass = new SimpleCrm.Application.AccessClasses.AccessClass { Name = "Leady kluczowe", NameKey = "leady kluczowe" };
            db.AccessClasses.Add(accessClass);
            await db.SaveChangesAsync();
            classId = accessClass.Id;
            await db.Contacts.Where(c => c.Id == keyAccount).ExecuteUpdateAsync(s => s.SetProperty(c => c.AccessClassId, classId));
            await LeadDefaultsSeeder.EnsureAsync(db, None);
        }

        var own = await AddLeadAsync("Własny lead", rep.UserId, null);
        var foreign = await AddLeadAsync("Cudzy lead", other.UserId, null);
        var throughClass = await AddLeadAsync("Lead klienta kluczowego", other.UserId, keyAccount);
        var deleted = await AddLeadAsync("Usunięty lead", rep.UserId, null, isDeleted: true);
        var ownThroughClass = await AddLeadAsync("Własny lead klienta kluczowego", rep.UserId, keyAccount);
        var unownedThroughClass = await AddLeadAsync("Lead klienta kluczowego bez opiekuna", null, keyAccount);
        int[] ours = [own, foreign, throughClass, deleted, ownThroughClass, unownedThroughClass];

        await using var check = database.Context(rep);
        var repWithClass = rep with { AccessClassIds = [classId] };
        var withoutClass = await check.Leads.VisibleTo(rep).Select(l => l.Id).ToListAsync();
        var withClass = await check.Leads.VisibleTo(repWithClass).Select(l => l.Id).ToListAsync();
        var all = await check.Leads.VisibleTo(manager).Select(l => l.Id).ToListAsync();
        Assert.Equal([own, ownThroughClass], withoutClass.Intersect(ours).Order());
        Assert.Equal([own, throughClass, ownThroughClass, unownedThroughClass], withClass.Intersect(ours).Order());
        Assert.Equal([own, foreign, throughClass, ownThroughClass, unownedThroughClass], all.Intersect(ours).Order());

        // The parts the list counts with: together exactly the visible leads, none counted twice.
        foreach (var user in new[] { rep, repWithClass, manager })
        {
            var parts = new List<int>();
            foreach (var part in check.Leads.VisibleParts(user))
            {
                parts.AddRange(await part.Select(l => l.Id).ToListAsync());
            }

            Assert.Equal((await check.Leads.VisibleTo(user).Select(l => l.Id).ToListAsync()).Order(), parts.Order());
        }

        Assert.Equal(2, check.Leads.VisibleParts(repWithClass).Count);
    }

    private async Task<int> AddLeadAsync(string name, string? responsibleUserId, int? contactId, bool isDeleted = false)
    {
        await using var db = database.Context(new SystemUser());
        var lead = new Lead
        {
            Name = name,
            StatusId = await db.LeadStatuses.OrderBy(s => s.Position).Select(s => s.Id).FirstAsync(),
            SourceId = await db.LeadSources.OrderBy(s => s.Position).Select(s => s.Id).FirstAsync(),
            ResponsibleUserId = responsibleUserId,
            ContactId = contactId,
            IsDeleted = isDeleted,
            Version = Guid.NewGuid(),
        };
        lead.RefreshDerivedFields();
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        return lead.Id;
    }
}
