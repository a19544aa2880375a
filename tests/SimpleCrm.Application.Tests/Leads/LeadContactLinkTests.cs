using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Leads;

/// <summary>The duplicate warning's "link to this contact": only to a contact the user may see, recorded in the lead's history.</summary>
public sealed class LeadContactLinkTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Linking_a_lead_to_a_visible_contact_sets_it_and_records_the_contacts_name()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("link-rep"));
        var contactId = await database.AddContactAsync(rep, APerson("Janina", "Klientka").OwnedBy(rep.UserId).Build());
        var leadId = await CreateLeadAsync(rep, "Lead do powiązania");

        await using (var db = database.Context(rep))
        {
            var result = await database.LeadCommands(db, rep).LinkToContactAsync(leadId, contactId, await VersionAsync(leadId), None);
            Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        }

        await using var check = database.Context(new SystemUser());
        Assert.Equal(contactId, await check.Leads.Where(l => l.Id == leadId).Select(l => l.ContactId).SingleAsync());
        var line = await check.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == leadId && h.Action == LeadCommands.LinkedToContact);
        Assert.Equal("Janina Klientka", line.Details);
    }

    [Fact]
    public async Task Another_reps_contact_is_not_found_and_nothing_changes()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("link-intruder"));
        var other = TestUser.SalesRep(await database.AddUserAsync("link-other"));
        var hidden = await database.AddContactAsync(other, APerson("Ukryta", "Klientka").OwnedBy(other.UserId).Build());
        var leadId = await CreateLeadAsync(rep, "Lead bez cudzego klienta");
        var version = await VersionAsync(leadId);

        await using (var db = database.Context(rep))
        {
            var commands = database.LeadCommands(db, rep);
            Assert.True((await commands.LinkToContactAsync(leadId, hidden, version, None)).IsNotFound);
            Assert.True((await commands.UpdateAsync(leadId, new LeadInput { Name = "Zmieniony" }, version, hidden, None)).IsNotFound);
            Assert.True((await commands.CreateAsync(new LeadInput { Name = "Nowy z cudzym klientem" }, hidden, None)).IsNotFound);
        }

        await using var check = database.Context(new SystemUser());
        var lead = await check.Leads.SingleAsync(l => l.Id == leadId);
        Assert.Null(lead.ContactId);
        Assert.Equal("Lead bez cudzego klienta", lead.Name);
        Assert.Equal(version, lead.Version);
        Assert.False(await check.Leads.AnyAsync(l => l.Name == "Nowy z cudzym klientem"));
        Assert.False(await check.History.AnyAsync(h => h.Action == LeadCommands.LinkedToContact && h.Details == "Ukryta Klientka"));
    }

    [Fact]
    public async Task A_lead_created_with_a_visible_contact_is_linked_from_the_start()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("link-create-rep"));
        var contactId = await database.AddContactAsync(rep, APerson("Od", "Początku").OwnedBy(rep.UserId).Build());

        int leadId;
        await using (var db = database.Context(rep))
        {
            var result = await database.LeadCommands(db, rep).CreateAsync(new LeadInput { Name = "Od razu powiązany" }, contactId, None);
            Assert.True(result.Succeeded);
            leadId = result.Value;
        }

        await using var check = database.Context(new SystemUser());
        Assert.Equal(contactId, await check.Leads.Where(l => l.Id == leadId).Select(l => l.ContactId).SingleAsync());
        Assert.True(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == leadId && h.Action == LeadCommands.LinkedToContact));
    }

    private async Task<int> CreateLeadAsync(ICurrentUser user, string name)
    {
        await using var db = database.Context(user);
        var result = await database.LeadCommands(db, user).CreateAsync(new LeadInput { Name = name }, None);
        Assert.True(result.Succeeded);
        return result.Value;
    }

    private async Task<Guid> VersionAsync(int id)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Leads.Where(l => l.Id == id).Select(l => l.Version).SingleAsync();
    }
}
