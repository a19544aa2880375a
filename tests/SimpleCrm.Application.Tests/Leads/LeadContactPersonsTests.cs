using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads;

/// <summary>The contact persons of a lead: validation, and that only those who see the lead touch them.</summary>
public sealed class LeadContactPersonsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_person_is_added_edited_and_removed_with_the_phone_stored_in_e164()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("person-rep"));
        var leadId = await database.AddLeadAsync(rep, "Osoby kontaktowe");
        await using var db = database.Context(rep);
        var people = database.LeadContactPersons(db, rep);

        var added = await people.AddAsync(leadId, new LeadContactPersonInput { Name = " Agnė Kazlauskienė ", Role = "Zakupy", Email = "agne@firma.lt", Phone = "601 234 567" }, None);
        var edited = await people.UpdateAsync(leadId, added.Value, new LeadContactPersonInput { Name = "Agnė Kazlauskienė", Role = "Dyrektor zakupów" }, None);
        var listed = await people.OfLeadAsync(leadId, None);
        var person = Assert.Single(listed!);
        var deleted = await people.DeleteAsync(leadId, added.Value, None);

        Assert.True(added.Succeeded);
        Assert.True(edited.Succeeded);
        Assert.Equal(new LeadContactPersonItem(added.Value, "Agnė Kazlauskienė", "Dyrektor zakupów", null, null, null), person);
        Assert.True(deleted.Succeeded);
        Assert.Empty((await people.OfLeadAsync(leadId, None))!);

        // Each change is on the lead's timeline, with its name and who made it.
        var lines = await db.History.Where(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == leadId && h.Action.StartsWith("ContactPerson"))
            .OrderBy(h => h.Id).Select(h => new { h.Action, h.Details, h.UserId }).ToListAsync();
        Assert.Equal(
            [
                new { Action = LeadContactPersons.Added, Details = (string?)"Agnė Kazlauskienė", UserId = rep.UserId },
                new { Action = LeadContactPersons.Edited, Details = (string?)"Agnė Kazlauskienė", UserId = rep.UserId },
                new { Action = LeadContactPersons.Removed, Details = (string?)"Agnė Kazlauskienė", UserId = rep.UserId },
            ],
            lines);
    }

    [Fact]
    public async Task The_phone_is_kept_as_typed_and_in_e164()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("person-phone"));
        var leadId = await database.AddLeadAsync(rep, "Telefon osoby");
        await using var db = database.Context(rep);

        var added = await database.LeadContactPersons(db, rep).AddAsync(leadId, new LeadContactPersonInput { Name = "Jan", Phone = "601 234 567" }, None);

        var person = await db.LeadContactPersons.SingleAsync(p => p.Id == added.Value);
        Assert.Equal("601 234 567", person.Phone);
        Assert.Equal("+48601234567", person.PhoneE164);
    }

    [Theory]
    [InlineData("", null, null, "Name", Messages.Required)]
    [InlineData("Jan", "nie-email", null, "Email", Messages.InvalidEmail)]
    [InlineData("Jan", null, "12", "Phone", Messages.InvalidPhone)]
    [InlineData("Jan", null, "abc def", "Phone", Messages.InvalidPhone)]
    public async Task An_invalid_person_is_refused_field_by_field_and_nothing_is_saved(string name, string? email, string? phone, string field, string message)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("person-invalid-" + Guid.NewGuid().ToString("N")[..6]));
        var leadId = await database.AddLeadAsync(rep, "Błędna osoba");
        await using var db = database.Context(rep);

        var result = await database.LeadContactPersons(db, rep).AddAsync(leadId, new LeadContactPersonInput { Name = name, Email = email, Phone = phone }, None);

        Assert.Equal(new Failure(message, field), Assert.Single(result.Failures));
        Assert.False(await db.LeadContactPersons.AnyAsync(p => p.LeadId == leadId));
    }

    [Fact]
    public async Task A_role_or_name_too_long_is_refused()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("person-long"));
        var leadId = await database.AddLeadAsync(rep, "Długie pola");
        await using var db = database.Context(rep);

        var result = await database.LeadContactPersons(db, rep).AddAsync(leadId, new LeadContactPersonInput { Name = new string('a', 251), Role = new string('b', 101) }, None);

        Assert.Equal([new Failure(Messages.TooLong, "Name"), new Failure(Messages.TooLong, "Role")], result.Failures);
    }

    [Fact]
    public async Task A_sales_rep_cannot_list_add_edit_or_remove_people_of_another_reps_lead()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("person-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("person-other"));
        var leadId = await database.AddLeadAsync(owner, "Cudze osoby");
        var ownLeadId = await database.AddLeadAsync(other, "Własny lead");
        int personId;
        await using (var ownerDb = database.Context(owner))
        {
            personId = (await database.LeadContactPersons(ownerDb, owner).AddAsync(leadId, new LeadContactPersonInput { Name = "Tajna Osoba" }, None)).Value;
        }

        await using var db = database.Context(other);
        var people = database.LeadContactPersons(db, other);

        Assert.Null(await people.OfLeadAsync(leadId, None));
        Assert.Null(await people.GetForEditAsync(leadId, personId, None));
        Assert.True((await people.AddAsync(leadId, new LeadContactPersonInput { Name = "Wtrącona" }, None)).IsNotFound);
        Assert.True((await people.UpdateAsync(leadId, personId, new LeadContactPersonInput { Name = "Zmieniona" }, None)).IsNotFound);
        Assert.True((await people.DeleteAsync(leadId, personId, None)).IsNotFound);
        // The person's id under the rep's own lead is no way in either.
        Assert.Null(await people.GetForEditAsync(ownLeadId, personId, None));
        Assert.True((await people.UpdateAsync(ownLeadId, personId, new LeadContactPersonInput { Name = "Zmieniona" }, None)).IsNotFound);
        Assert.True((await people.DeleteAsync(ownLeadId, personId, None)).IsNotFound);
        await using var check = database.Context(owner);
        Assert.Equal(["Tajna Osoba"], await check.LeadContactPersons.Where(p => p.LeadId == leadId).Select(p => p.Name).ToListAsync());
    }
}
