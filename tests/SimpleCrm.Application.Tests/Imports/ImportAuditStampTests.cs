using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Imports.Leads;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Imports.ImportFixture;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Imports;

public sealed class ImportAuditStampTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Contacts_the_job_creates_and_updates_are_stamped_with_the_imports_creator_not_with_nobody()
    {
        var manager = await database.UserAsync("stamp-contact-manager", Roles.Manager);
        var author = await database.UserAsync("stamp-contact-author", Roles.Manager);
        var existing = await database.AddContactAsync(author, APerson("Ewa", "Stemplowa").WithEmails("ewa@stamp.pl").Build());
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Update);

        await database.RunAsJobAsync(id, InMemoryImportTable.Of(PersonHeader, "Ewa;Stemplowa;ewa@stamp.pl;601 700 800", "Nowy;Stemplowy;nowy@stamp.pl;"));

        await using var check = database.Context(manager);
        var created = await check.Contacts.SingleAsync(c => c.LastName == "Stemplowy");
        Assert.Equal((manager.UserId, manager.UserId), (created.CreatedById, created.UpdatedById));
        var updated = await check.Contacts.SingleAsync(c => c.Id == existing);
        Assert.Equal((author.UserId, manager.UserId), (updated.CreatedById, updated.UpdatedById));
    }

    [Fact]
    public async Task A_lead_the_job_updates_is_stamped_with_the_imports_creator()
    {
        var manager = await database.UserAsync("stamp-lead-manager", Roles.Manager);
        var author = await database.UserAsync("stamp-lead-author", Roles.Manager);
        var existing = await database.AddLeadAsync(author, new LeadInput { Name = "Stempel", Email = "lead@stamp.pl" });
        var id = await database.StartLeadImportAsync(manager, LeadImportFixture.Request(ImportDuplicatePolicy.Update));

        await database.RunAsJobAsync(id, LeadImportFixture.Table(LeadImportFixture.Row("Stempel nowy", email: "lead@stamp.pl")));

        await using var check = database.Context(manager);
        var lead = await check.Leads.SingleAsync(l => l.Id == existing);
        Assert.Equal(("Stempel nowy", author.UserId, manager.UserId), (lead.Name, lead.CreatedById, lead.UpdatedById));
    }
}
