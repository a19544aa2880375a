using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Leads.Conversion.ConversionScene;

namespace SimpleCrm.Application.Tests.Leads.Conversion;

/// <summary>Converting a lead creates the contacts it asks for from the lead's data and converts the lead into them.</summary>
public sealed class LeadConversionTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_page_proposes_a_person_and_their_company_prefilled_from_the_lead()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("draft-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));

        await using var db = database.Context(rep);
        var draft = await database.LeadConversionQueries(db, rep).DraftAsync(leadId, null, None);

        Assert.NotNull(draft);
        Assert.Equal(ConversionTarget.PersonAndCompany, draft.Input.Target);
        Assert.Equal(("Łucja", $"Żak{tag}", $"Hurtownia {tag}"), (draft.Input.FirstName, draft.Input.LastName, draft.Input.CompanyName));
        Assert.Equal(($"lucja.{tag}@hurtownia.pl", "601 234 567", "www.hurtownia.pl"), (draft.Input.Email, draft.Input.Phone, draft.Input.Website));
        Assert.Equal(("Piotrkowska 1", "90-001", "Łódź", "Polska"), (draft.Input.Street, draft.Input.PostalCode, draft.Input.City, draft.Input.Country));
        Assert.Equal(new DateOnly(1985, 3, 14), draft.Input.BirthDate);
        Assert.Equal("PL 526-000-12-46", draft.CompanyCode);
        Assert.Equal("draft-rep", draft.OwnerName);
        Assert.False(draft.IsConverted);
    }

    [Fact]
    public async Task Converting_to_a_person_creates_them_with_the_leads_data_owned_by_the_leads_responsible_user()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("person-rep"));
        var manager = TestUser.Manager(await database.AddUserAsync("person-manager"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));

        var result = await ConvertAsync(database, manager, leadId, ConversionTarget.Person);

        Assert.True(result.Succeeded, result.Failures.Describe());
        await using var check = database.Context(new SystemUser());
        var person = await check.Contacts.Include(c => c.Emails).Include(c => c.Phones).SingleAsync(c => c.Id == result.Value);
        Assert.Equal((ContactKind.Person, $"Łucja Żak{tag}", $"Hurtownia {tag}"), (person.Kind, person.DisplayName, person.CompanyName));
        Assert.Equal([$"lucja.{tag}@hurtownia.pl"], person.Emails.Select(e => e.Address));
        Assert.Equal(["+48601234567"], person.Phones.Select(p => p.E164));
        Assert.Equal(("www.hurtownia.pl", "Piotrkowska 1", "Łódź"), (person.Website, person.Street, person.City));
        Assert.Equal(new DateOnly(1985, 3, 14), person.BirthDate);
        Assert.Equal(rep.UserId, person.ResponsibleUserId);
        Assert.Equal(1, await check.Contacts.CountAsync(c => c.CompanyName == $"Hurtownia {tag}"));

        var lead = await check.Leads.Include(l => l.Status).SingleAsync(l => l.Id == leadId);
        Assert.Equal(person.Id, lead.ContactId);
        Assert.Equal(LeadStatusMeaning.Converted, lead.Status!.Meaning);
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, lead.ConvertedAt);
    }

    [Fact]
    public async Task Converting_to_a_company_gives_it_the_email_and_phone_and_creates_no_person()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("company-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));

        var result = await ConvertAsync(database, rep, leadId, ConversionTarget.Company);

        Assert.True(result.Succeeded, result.Failures.Describe());
        await using var check = database.Context(new SystemUser());
        var company = await check.Contacts.Include(c => c.Emails).Include(c => c.Phones).SingleAsync(c => c.Id == result.Value);
        Assert.Equal((ContactKind.Company, $"Hurtownia {tag}", "www.hurtownia.pl"), (company.Kind, company.DisplayName, company.Website));
        Assert.Equal([$"lucja.{tag}@hurtownia.pl"], company.Emails.Select(e => e.Address));
        Assert.Equal(["+48601234567"], company.Phones.Select(p => p.E164));
        Assert.Null(company.BirthDate);
        Assert.False(await check.Contacts.AnyAsync(c => c.LastName == $"Żak{tag}"));
        Assert.Equal(company.Id, await check.Leads.Where(l => l.Id == leadId).Select(l => l.ContactId).SingleAsync());
    }

    [Fact]
    public async Task Converting_to_both_makes_the_person_belong_to_the_new_company_and_links_the_lead_to_the_person()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("both-rep"));
        var tag = NewTag();
        // A company of the same name the rep already has: the person must join the new one, not this one.
        var existing = await database.AddContactAsync(rep, ContactInputBuilder.ACompany($"Hurtownia {tag}").OwnedBy(rep.UserId).Build());
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));

        var result = await ConvertAsync(database, rep, leadId, ConversionTarget.PersonAndCompany);

        Assert.True(result.Succeeded, result.Failures.Describe());
        await using var check = database.Context(new SystemUser());
        var person = await check.Contacts.Include(c => c.Emails).Include(c => c.Phones).SingleAsync(c => c.Id == result.Value);
        var company = await check.Contacts.Include(c => c.Emails).SingleAsync(c => c.Id == person.CompanyId);
        Assert.Equal(ContactKind.Person, person.Kind);
        Assert.Equal((ContactKind.Company, $"Hurtownia {tag}"), (company.Kind, company.DisplayName));
        Assert.NotEqual(existing, company.Id);
        Assert.Equal([$"lucja.{tag}@hurtownia.pl"], person.Emails.Select(e => e.Address));
        Assert.Empty(company.Emails);
        Assert.Equal(("www.hurtownia.pl", "Łódź"), (company.Website, company.City));
        Assert.Equal(rep.UserId, company.ResponsibleUserId);
        Assert.Equal(2, await check.Contacts.CountAsync(c => c.Kind == ContactKind.Company && c.CompanyName == $"Hurtownia {tag}"));
        Assert.Equal(person.Id, await check.Leads.Where(l => l.Id == leadId).Select(l => l.ContactId).SingleAsync());
    }

    [Fact]
    public async Task The_lead_and_the_new_contacts_get_history_lines_and_the_contact_shows_the_leads_lines()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("history-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));

        var result = await ConvertAsync(database, rep, leadId, ConversionTarget.PersonAndCompany);

        Assert.True(result.Succeeded, result.Failures.Describe());
        await using var check = database.Context(new SystemUser());
        var leadLines = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == leadId)
            .OrderBy(h => h.Id).Select(h => new { h.Action, h.Details, h.UserId }).ToListAsync();
        Assert.Equal(
            [new { Action = LeadCommands.StatusChanged, Details = (string?)"New → Converted", UserId = rep.UserId }, new { Action = LeadConversion.ConvertedInto, Details = (string?)$"Łucja Żak{tag}, Hurtownia {tag}", UserId = rep.UserId }],
            leadLines);
        var companyId = await check.Contacts.Where(c => c.Id == result.Value).Select(c => c.CompanyId).SingleAsync();
        foreach (var contactId in new[] { result.Value, companyId!.Value })
        {
            var line = await check.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Contact && h.RecordId == contactId);
            Assert.Equal((LeadConversion.CreatedFromLead, $"Wózki {tag}"), (line.Action, line.Details));
        }

        await using var db = database.Context(rep);
        var timeline = (await database.Timeline(db, rep).OfRecordAsync(RecordRef.Contact(result.Value), TimelineKind.All, 1, None))?.Items;
        Assert.NotNull(timeline);
        Assert.Contains(timeline, l => l.Action == LeadConversion.CreatedFromLead && l.Record == RecordRef.Contact(result.Value));
        Assert.Contains(timeline, l => l.Action == LeadConversion.ConvertedInto && l.Record == RecordRef.Lead(leadId) && l.RecordName == $"Wózki {tag}");
        var leads = await new LeadQueries(db, rep).OfContactAsync(result.Value, None);
        Assert.Equal([(leadId, $"Wózki {tag}", LeadStatusMeaning.Converted, (decimal?)12000m)], leads.Select(l => (l.Id, l.Name, l.Status.Meaning, l.EstimatedAmount)));
    }

    [Fact]
    public async Task Every_attachment_mover_runs_from_the_lead_to_the_new_contact_inside_the_transaction()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("mover-rep"));
        var leadId = await CreateLeadAsync(database, rep, FullLead(NewTag()));
        var (input, version) = await DraftAsync(database, rep, leadId, ConversionTarget.Person);

        await using var db = database.Context(rep);
        var notes = new RecordingMover(db);
        var files = new RecordingMover(db);
        var result = await database.LeadConversion(db, rep, notes, files).ConvertAsync(leadId, input, version, None);

        Assert.True(result.Succeeded, result.Failures.Describe());
        var expected = (new RecordRef(HistoryRecordTypes.Lead, leadId), new RecordRef(HistoryRecordTypes.Contact, result.Value), true);
        Assert.Equal([expected], notes.Calls);
        Assert.Equal([expected], files.Calls);
    }

    [Fact]
    public async Task Invalid_contact_data_is_refused_on_the_forms_fields_and_nothing_is_saved()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("invalid-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));
        var (input, version) = await DraftAsync(database, rep, leadId, ConversionTarget.PersonAndCompany);
        input.FirstName = " ";
        input.LastName = null;
        input.CompanyName = null;
        input.Email = "not-an-email";

        await using (var db = database.Context(rep))
        {
            var result = await database.LeadConversion(db, rep).ConvertAsync(leadId, input, version, None);

            Assert.Equal(
                [("Contacts.NameRequired", "LastName"), ("Validation.InvalidEmail", "Email"), ("Validation.Required", "CompanyName")],
                result.Failures.Select(f => (f.MessageKey, f.Field)).Order());
        }

        await using var check = database.Context(new SystemUser());
        Assert.False(await check.Contacts.AnyAsync(c => c.CompanyName == $"Hurtownia {tag}" || c.Emails.Any(e => e.Normalized == $"lucja.{tag}@hurtownia.pl")));
        Assert.Equal(version, await VersionAsync(database, leadId));
        Assert.False(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == leadId));
    }

    [Fact]
    public async Task A_deactivated_responsible_user_leaves_the_new_contact_to_the_user_converting()
    {
        var formerId = await database.AddUserAsync("former-owner");
        var manager = TestUser.Manager(await database.AddUserAsync("owner-manager"));
        var input = FullLead(NewTag());
        input.ResponsibleUserId = formerId;
        var leadId = await CreateLeadAsync(database, manager, input);
        await using (var db = database.Context(new SystemUser()))
        {
            await db.Users.Where(u => u.Id == formerId).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
        }

        var result = await ConvertAsync(database, manager, leadId, ConversionTarget.Person);

        Assert.True(result.Succeeded, result.Failures.Describe());
        await using var check = database.Context(new SystemUser());
        Assert.Equal(manager.UserId, await check.Contacts.Where(c => c.Id == result.Value).Select(c => c.ResponsibleUserId).SingleAsync());
    }
}
