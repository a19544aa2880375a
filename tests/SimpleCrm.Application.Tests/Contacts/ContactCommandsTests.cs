using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Contacts;

public sealed class ContactCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Creating_a_contact_normalizes_its_email_and_phone_for_duplicate_checks()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-normalize"));

        var id = await database.AddContactAsync(rep, APerson("Łucja", "Żółkiewska").With(i => i.City = "Łódź").WithEmails(" Lucja.Z@Example.PL ").WithPhones("601 234 567", "+370 612 34567").Build());

        await using var db = database.Context(rep);
        var contact = await db.Contacts.Include(c => c.Emails).Include(c => c.Phones).SingleAsync(c => c.Id == id);
        Assert.Equal("lucja.z@example.pl", contact.Emails.Single().Normalized);
        Assert.Equal(["+48601234567", "+37061234567"], contact.Phones.OrderBy(p => p.Position).Select(p => p.E164));
        Assert.Equal(rep.UserId, contact.ResponsibleUserId);
        Assert.Equal(rep.UserId, contact.CreatedById);
        Assert.Equal(database.Clock.Now.UtcDateTime, contact.CreatedAt);
        Assert.Equal("Łucja Żółkiewska", contact.DisplayName);
        Assert.Contains("zolkiewska", contact.SearchText, StringComparison.Ordinal);
        Assert.Contains("lodz", contact.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_email_phone_and_website_are_refused_next_to_their_fields_and_nothing_is_saved()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-invalid"));
        var input = APerson("Nowy", "Niezapisany").WithEmails("not-an-email").WithPhones("12").With(i => i.Website = "not a site").Build();

        await using var db = database.Context(rep);
        var result = await database.Commands(db, rep).CreateAsync(input, None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures, f => f is { Field: "Emails[0]", MessageKey: Messages.InvalidEmail });
        Assert.Contains(result.Failures, f => f is { Field: "Phones[0]", MessageKey: Messages.InvalidPhone });
        Assert.Contains(result.Failures, f => f is { Field: "Website", MessageKey: "Validation.InvalidWebsite" });
        Assert.False(await db.Contacts.AnyAsync(c => c.LastName == "Niezapisany"));
    }

    [Fact]
    public async Task A_person_needs_a_first_or_last_name_and_a_company_needs_its_name()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-required"));
        await using var db = database.Context(rep);
        var commands = database.Commands(db, rep);

        var person = await commands.CreateAsync(APerson("", " ").Build(), None);
        var company = await commands.CreateAsync(ACompany(" ").Build(), None);

        Assert.Contains(person.Failures, f => f.MessageKey == "Contacts.NameRequired");
        Assert.Contains(company.Failures, f => f is { Field: "CompanyName", MessageKey: Messages.Required });
    }

    [Fact]
    public async Task A_person_typed_with_the_exact_name_of_a_company_is_linked_to_it()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-company"));
        var companyId = await database.AddContactAsync(rep, ACompany("Żabka Polska Sp. z o.o.").Build());

        var personId = await database.AddContactAsync(rep, APerson("Anna", "Nowak").WorkingAt("żabka polska sp. z o.o.").Build());

        await using var db = database.Context(rep);
        var profile = await TestDatabase.Queries(db, rep).GetProfileAsync(companyId, None);
        Assert.Equal(companyId, (await db.Contacts.SingleAsync(c => c.Id == personId)).CompanyId);
        Assert.Contains(profile!.People, p => p.Id == personId);
    }

    [Fact]
    public async Task Saving_with_a_stale_version_is_a_conflict_and_keeps_the_other_users_change()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-conflict"));
        var id = await database.AddContactAsync(rep, APerson("Piotr", "Wiśniewski").Build());
        Guid staleVersion;
        await using (var db = database.Context(rep))
        {
            staleVersion = (await TestDatabase.Queries(db, rep).GetForEditAsync(id, None))!.Version;
            var first = await database.Commands(db, rep).UpdateAsync(id, APerson("Piotr", "Pierwszy").Build(), staleVersion, None);
            Assert.True(first.Succeeded);
        }

        await using var second = database.Context(rep);
        var result = await database.Commands(second, rep).UpdateAsync(id, APerson("Piotr", "Drugi").Build(), staleVersion, None);

        Assert.Equal(Messages.ConcurrencyConflict, Assert.Single(result.Failures).MessageKey);
        Assert.Equal("Pierwszy", (await second.Contacts.AsNoTracking().SingleAsync(c => c.Id == id)).LastName);
    }

    [Fact]
    public async Task A_sales_rep_cannot_change_or_delete_another_reps_contact()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("rep-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("rep-other"));
        var id = await database.AddContactAsync(owner, APerson("Jonas", "Kazlauskas").Build());

        await using var db = database.Context(other);
        var commands = database.Commands(db, other);
        var update = await commands.UpdateAsync(id, APerson("Hacked", "Name").Build(), Guid.Empty, None);
        var delete = await commands.DeleteAsync(id, None);
        var reassign = await commands.ChangeResponsibleAsync(id, other.UserId!, None);

        Assert.True(update.IsNotFound && delete.IsNotFound && reassign.IsNotFound);
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal(("Kazlauskas", false, owner.UserId), (contact.LastName, contact.IsDeleted, contact.ResponsibleUserId));
    }

    [Fact]
    public async Task Deleting_is_soft_and_only_an_admin_restores()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-delete"));
        var admin = TestUser.Admin(await database.AddUserAsync("admin-restore"));
        var id = await database.AddContactAsync(rep, APerson("Zuzana", "Horváthová").Build());

        await using (var db = database.Context(rep))
        {
            Assert.True((await database.Commands(db, rep).DeleteAsync(id, None)).Succeeded);
            Assert.Null(await TestDatabase.Queries(db, rep).GetProfileAsync(id, None));
            Assert.True((await database.Commands(db, rep).RestoreAsync(id, None)).IsNotFound);
        }

        await using (var db = database.Context(admin))
        {
            var deleted = Assert.Single(await TestDatabase.Queries(db, admin).ListDeletedAsync(None), d => d.Id == id);
            Assert.Equal("rep-delete", deleted.DeletedByName);
            Assert.True((await database.Commands(db, admin).RestoreAsync(id, None)).Succeeded);
        }

        await using var check = database.Context(rep);
        Assert.NotNull(await TestDatabase.Queries(check, rep).GetProfileAsync(id, None));
    }

    [Fact]
    public async Task A_contact_cannot_be_given_to_a_deactivated_user()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rep-handover"));
        var gone = await database.AddUserAsync("gone", active: false);
        var id = await database.AddContactAsync(rep, APerson("Ivan", "Petrov").Build());

        await using var db = database.Context(rep);
        var result = await database.Commands(db, rep).ChangeResponsibleAsync(id, gone, None);

        Assert.Equal("Contacts.ResponsibleUnknown", Assert.Single(result.Failures).MessageKey);
    }
}
