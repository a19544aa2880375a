using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Merging;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Leads.Conversion.ConversionScene;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Leads.Conversion;

/// <summary>"Assign to existing contact": the lead is converted into a contact the user already sees, which may have several leads.</summary>
public sealed class LeadAssignmentTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_leads_assigned_to_one_contact_are_both_converted_into_it_with_history_and_their_attachments()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("assign-rep"));
        var tag = NewTag();
        var contactId = await database.AddContactAsync(rep, APerson("Stały", $"Klient{tag}").OwnedBy(rep.UserId).Build());
        var first = await CreateLeadAsync(database, rep, new LeadInput { Name = $"Pierwsze {tag}" });
        var second = await CreateLeadAsync(database, rep, new LeadInput { Name = $"Drugie {tag}" });

        foreach (var leadId in new[] { first, second })
        {
            await using var db = database.Context(rep);
            var mover = new RecordingMover(db);
            var result = await database.LeadConversion(db, rep, mover).AssignAsync(leadId, contactId, await VersionAsync(database, leadId), null, None);

            Assert.True(result.Succeeded, result.Failures.Describe());
            Assert.Equal(contactId, result.Value);
            Assert.Equal([(new RecordRef(HistoryRecordTypes.Lead, leadId), new RecordRef(HistoryRecordTypes.Contact, contactId), true)], mover.Calls);
        }

        await using var check = database.Context(new SystemUser());
        var leads = await check.Leads.Include(l => l.Status).Where(l => l.Id == first || l.Id == second).ToListAsync();
        Assert.All(leads, l => Assert.Equal((contactId, LeadStatusMeaning.Converted, true), (l.ContactId ?? 0, l.Status!.Meaning, l.ConvertedAt is not null)));
        Assert.Equal(
            [$"Drugie {tag}", $"Pierwsze {tag}"],
            await check.History.Where(h => h.RecordType == HistoryRecordTypes.Contact && h.RecordId == contactId && h.Action == LeadConversion.LeadAssigned).Select(h => h.Details!).OrderBy(d => d).ToListAsync());
        Assert.Equal(2, await check.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Lead && (h.RecordId == first || h.RecordId == second)
            && h.Action == LeadConversion.AssignedToContact && h.Details == $"Stały Klient{tag}"));
        Assert.Equal(1, await check.Contacts.CountAsync(c => c.LastName == $"Klient{tag}"));

        await using var read = database.Context(rep);
        Assert.Equal([second, first], (await new LeadQueries(read, rep).OfContactAsync(contactId, None)).Select(l => l.Id));
    }

    [Fact]
    public async Task The_converted_status_the_user_picked_is_the_one_the_lead_goes_to()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("assign-status-admin"));
        int picked;
        await using (var db = database.Context(admin))
        {
            db.LeadStatuses.Add(new LeadStatus { Name = "Won " + NewTag(), Meaning = LeadStatusMeaning.Converted, Position = 99 });
            await db.SaveChangesAsync();
            picked = await db.LeadStatuses.Where(s => s.Position == 99).Select(s => s.Id).FirstAsync();
        }

        var contactId = await database.AddContactAsync(admin, APerson("Wybrany", "Status").Build());
        var leadId = await CreateLeadAsync(database, admin, new LeadInput { Name = "Ze statusem" });

        await using (var db = database.Context(admin))
        {
            Assert.True((await database.LeadConversion(db, admin).AssignAsync(leadId, contactId, await VersionAsync(database, leadId), picked, None)).Succeeded);
        }

        await using var check = database.Context(new SystemUser());
        Assert.Equal(picked, await check.Leads.Where(l => l.Id == leadId).Select(l => l.StatusId).SingleAsync());
    }

    [Fact]
    public async Task Assigning_to_a_contact_the_sales_rep_may_not_see_is_not_found_and_changes_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("assign-intruder"));
        var other = TestUser.SalesRep(await database.AddUserAsync("assign-other"));
        var hidden = await database.AddContactAsync(other, APerson("Cudzy", "Klient").OwnedBy(other.UserId).Build());
        var leadId = await CreateLeadAsync(database, rep, new LeadInput { Name = "Do cudzego" });
        var othersLead = await CreateLeadAsync(database, other, new LeadInput { Name = "Cudzy lead" });
        var own = await database.AddContactAsync(rep, APerson("Własny", "Klient").OwnedBy(rep.UserId).Build());
        var version = await VersionAsync(database, leadId);

        await using (var db = database.Context(rep))
        {
            var conversion = database.LeadConversion(db, rep);
            Assert.True((await conversion.AssignAsync(leadId, hidden, version, null, None)).IsNotFound);
            Assert.True((await conversion.AssignAsync(othersLead, own, await VersionAsync(database, othersLead), null, None)).IsNotFound);
        }

        await using var check = database.Context(new SystemUser());
        Assert.Equal(version, await VersionAsync(database, leadId));
        Assert.False(await check.Leads.AnyAsync(l => (l.Id == leadId || l.Id == othersLead) && l.ContactId != null));
        Assert.False(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Contact && (h.RecordId == hidden || h.RecordId == own)));
    }

    [Fact]
    public async Task A_lead_already_converted_cannot_be_assigned_elsewhere()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("assign-twice-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));
        var created = await ConvertAsync(database, rep, leadId, ConversionTarget.Person);
        var elsewhere = await database.AddContactAsync(rep, APerson("Inny", $"Klient{tag}").OwnedBy(rep.UserId).Build());

        await using var db = database.Context(rep);
        var result = await database.LeadConversion(db, rep).AssignAsync(leadId, elsewhere, await VersionAsync(database, leadId), null, None);

        Assert.Equal(LeadConversionMessages.AlreadyConverted, Assert.Single(result.Failures).MessageKey);
        Assert.Equal(created.Value, await db.Leads.Where(l => l.Id == leadId).Select(l => l.ContactId).SingleAsync());
    }

    [Fact]
    public async Task A_lead_linked_to_a_contact_offers_it_on_the_page_along_with_contacts_sharing_its_email()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("assign-draft-rep"));
        var tag = NewTag();
        var linked = await database.AddContactAsync(rep, APerson("Powiązany", $"Klient{tag}").OwnedBy(rep.UserId).Build());
        var sameEmail = await database.AddContactAsync(rep, APerson("Ten", $"Sam{tag}").WithEmails($"lucja.{tag}@hurtownia.pl").OwnedBy(rep.UserId).Build());
        int leadId;
        await using (var db = database.Context(rep))
        {
            leadId = (await database.LeadCommands(db, rep).CreateAsync(FullLead(tag), linked, None)).Value;
        }

        await using var read = database.Context(rep);
        var draft = await database.LeadConversionQueries(read, rep).DraftAsync(leadId, null, None);

        Assert.NotNull(draft);
        Assert.Equal((linked, $"Powiązany Klient{tag}"), (draft.ContactId!.Value, draft.ContactName));
        Assert.Contains(draft.Matches, m => m.Id == sameEmail && m.Reason == LeadDuplicateReason.SameEmail);
        Assert.DoesNotContain(draft.Matches, m => m.Id == linked);
    }

    [Fact]
    public async Task Merging_a_contact_into_another_takes_its_leads_along()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("assign-merge-manager"));
        var tag = NewTag();
        var survivor = await database.AddContactAsync(manager, APerson("Scalony", $"Klient{tag}").Build());
        var other = await database.AddContactAsync(manager, APerson("Scalony", $"Klient{tag}").Build());
        var leadId = await CreateLeadAsync(database, manager, new LeadInput { Name = $"Do scalenia {tag}" });
        await using (var db = database.Context(manager))
        {
            Assert.True((await database.LeadConversion(db, manager).AssignAsync(leadId, other, await VersionAsync(database, leadId), null, None)).Succeeded);
        }

        await using (var db = database.Context(manager))
        {
            var versions = await db.Contacts.Where(c => c.Id == survivor || c.Id == other).ToDictionaryAsync(c => c.Id, c => c.Version);
            var merged = await new ContactMerge(db, manager, database.Clock).MergeAsync(new MergeRequest([survivor, other], survivor, new Dictionary<MergeField, int>(), versions), None);
            Assert.True(merged.Succeeded, merged.Failures.Describe());
        }

        await using var read = database.Context(manager);
        Assert.Equal([leadId], (await new LeadQueries(read, manager).OfContactAsync(survivor, None)).Select(l => l.Id));
    }
}
