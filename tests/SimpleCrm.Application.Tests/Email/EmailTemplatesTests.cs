using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Email.Templates;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Email;

/// <summary>Email templates: the admin's rules for saving them and how the compose page fills them with a record's values.</summary>
public sealed class EmailTemplatesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string EveryPlaceholder = "{FirstName}|{LastName}|{Company}|{Owner}|{Email}";

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> AddTemplateAsync(string name, string subject, string body)
    {
        var admin = TestUser.Admin(await database.AddUserAsync("tpl-admin-" + Guid.NewGuid().ToString("N")[..6]));
        await using var db = database.Context(admin);
        var result = await TestDatabase.EmailTemplates(db, admin).CreateAsync(new EmailTemplateInput { Name = name, Subject = subject, Body = body }, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }

    [Fact]
    public async Task A_lead_fills_every_placeholder_with_its_contact_data_company_owner_and_email_keeping_diacritics()
    {
        var owner = await database.AddUserAsync("Łucja Żółkiewska");
        var rep = TestUser.SalesRep(owner);
        var lead = await database.AddLeadAsync(rep, "Oferta dźwigów", i =>
        {
            i.FirstName = "Jūratė";
            i.LastName = "Śliwińska";
            i.CompanyName = "Żuraw Кран s.r.o.";
            i.Email = "jurate@zuraw.example";
        });
        var template = await AddTemplateAsync("Lead – wszystko", "Dzień dobry {FirstName} {LastName}", EveryPlaceholder);

        await using var db = database.Context(rep);
        var result = await TestDatabase.EmailTemplateRendering(db, rep).RenderAsync(template, RecordRef.Lead(lead), None);

        Assert.True(result.Succeeded);
        Assert.Equal("Dzień dobry Jūratė Śliwińska", result.Value!.Subject);
        Assert.Equal("Jūratė|Śliwińska|Żuraw Кран s.r.o.|Łucja Żółkiewska|jurate@zuraw.example", result.Value.Body);
    }

    [Fact]
    public async Task A_contact_person_gives_its_own_names_and_its_companys_name_and_missing_values_render_as_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("Jonas Petraitis"));
        var person = await database.AddContactAsync(rep, APerson("Ольга", "Кузнецова").WorkingAt("Šťastný a.s.").OwnedBy(rep.UserId).WithEmails("olga@stastny.example").Build());
        var bare = await database.AddContactAsync(rep, APerson("Bez", "Niczego").OwnedBy(rep.UserId).Build());
        var template = await AddTemplateAsync("Kontakt – wszystko", "{Company}: {LastName}", EveryPlaceholder);

        await using var db = database.Context(rep);
        var rendering = TestDatabase.EmailTemplateRendering(db, rep);
        var full = await rendering.RenderAsync(template, RecordRef.Contact(person), None);
        var empty = await rendering.RenderAsync(template, RecordRef.Contact(bare), None);

        Assert.Equal("Šťastný a.s.: Кузнецова", full.Value!.Subject);
        Assert.Equal("Ольга|Кузнецова|Šťastný a.s.|Jonas Petraitis|olga@stastny.example", full.Value.Body);
        Assert.Equal(": Niczego", empty.Value!.Subject);
        Assert.Equal("Bez|Niczego||Jonas Petraitis|", empty.Value.Body);
    }

    [Fact]
    public async Task A_value_that_looks_like_a_placeholder_or_markup_is_inserted_as_plain_text_once()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("tpl-plain"));
        var lead = await database.AddLeadAsync(rep, "Nawiasy", i =>
        {
            i.FirstName = "{Owner}";
            i.CompanyName = "<b>A & B</b>";
        });
        var template = await AddTemplateAsync("Zwykły tekst", "{FirstName}", "{FirstName} / {Company}");

        await using var db = database.Context(rep);
        var result = await TestDatabase.EmailTemplateRendering(db, rep).RenderAsync(template, RecordRef.Lead(lead), None);

        Assert.Equal("{Owner}", result.Value!.Subject);
        Assert.Equal("{Owner} / <b>A & B</b>", result.Value.Body);
    }

    [Fact]
    public async Task A_record_the_user_cannot_see_or_a_missing_template_is_not_found()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("tpl-idor-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("tpl-idor-other"));
        var theirs = await database.AddLeadAsync(other, "Cudzy szablon", i => i.FirstName = "Tajny");
        var own = await database.AddLeadAsync(rep, "Mój szablon");
        var template = await AddTemplateAsync("Widoczność", "{FirstName}", "x");

        await using var db = database.Context(rep);
        var rendering = TestDatabase.EmailTemplateRendering(db, rep);

        Assert.True((await rendering.RenderAsync(template, RecordRef.Lead(theirs), None)).IsNotFound);
        Assert.True((await rendering.RenderAsync(template + 1000, RecordRef.Lead(own), None)).IsNotFound);
        Assert.True((await rendering.RenderAsync(template, RecordRef.Lead(own), None)).Succeeded);
    }

    [Fact]
    public async Task An_unknown_placeholder_in_the_subject_or_body_is_refused_and_nothing_is_saved()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("tpl-unknown-admin"));
        await using var db = database.Context(admin);
        var templates = TestDatabase.EmailTemplates(db, admin);

        var result = await templates.CreateAsync(new EmailTemplateInput { Name = "Literówka", Subject = "Witaj {Frstname}", Body = "{FirstName} {Telefon}" }, None);

        Assert.Equal(
            [(EmailTemplateMessages.UnknownPlaceholder, nameof(EmailTemplateInput.Subject)), (EmailTemplateMessages.UnknownPlaceholder, nameof(EmailTemplateInput.Body))],
            result.Failures.Select(f => (f.MessageKey, f.Field)));
        Assert.Equal(["{Frstname}", "{Telefon}", "{Imię}"], EmailPlaceholders.Unknown("{Frstname} {FirstName} {Telefon} {Frstname} { } {} {Imię} {1} {firstname x}"));
        Assert.False(await db.EmailTemplates.AnyAsync(t => t.Name == "Literówka"));
    }

    [Fact]
    public async Task A_name_is_unique_without_regard_to_case_and_subject_and_name_are_required()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("tpl-unique-admin"));
        await AddTemplateAsync("Powitanie", "Witaj", "Treść");
        await using var db = database.Context(admin);
        var templates = TestDatabase.EmailTemplates(db, admin);

        var taken = await templates.CreateAsync(new EmailTemplateInput { Name = " POWITANIE ", Subject = "Inne", Body = "" }, None);
        var empty = await templates.CreateAsync(new EmailTemplateInput { Name = " ", Subject = null }, None);

        Assert.Equal([(EmailTemplateMessages.NameTaken, nameof(EmailTemplateInput.Name))], taken.Failures.Select(f => (f.MessageKey, f.Field)));
        Assert.Equal(
            [(Messages.Required, nameof(EmailTemplateInput.Name)), (Messages.Required, nameof(EmailTemplateInput.Subject))],
            empty.Failures.Select(f => (f.MessageKey, f.Field)));
    }

    [Fact]
    public async Task Only_an_admin_lists_edits_or_deletes_templates()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("tpl-manager"));
        var template = await AddTemplateAsync("Tylko admin", "Temat", "Treść");
        await using var db = database.Context(manager);
        var templates = TestDatabase.EmailTemplates(db, manager);

        Assert.Empty(await templates.ListAsync(None));
        Assert.True((await templates.GetAsync(template, None)).IsNotFound);
        Assert.True((await templates.CreateAsync(new EmailTemplateInput { Name = "Menedżera", Subject = "x" }, None)).IsNotFound);
        Assert.True((await templates.UpdateAsync(template, new EmailTemplateInput { Name = "Zmieniony", Subject = "x" }, None)).IsNotFound);
        Assert.True((await templates.DeleteAsync(template, None)).IsNotFound);
        Assert.Equal("Tylko admin", await db.EmailTemplates.Where(t => t.Id == template).Select(t => t.Name).SingleAsync());
    }

    [Fact]
    public async Task An_admin_edits_and_deletes_a_template()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("tpl-edit-admin"));
        var template = await AddTemplateAsync("Do zmiany", "Temat", "Treść");
        await using var db = database.Context(admin);
        var templates = TestDatabase.EmailTemplates(db, admin);

        var updated = await templates.UpdateAsync(template, new EmailTemplateInput { Name = "Zmieniony", Subject = "Nowy {Company}", Body = "B" }, None);
        var read = await templates.GetAsync(template, None);
        var deleted = await templates.DeleteAsync(template, None);

        Assert.True(updated.Succeeded);
        Assert.Equal(("Zmieniony", "Nowy {Company}", "B"), (read.Value!.Name, read.Value.Subject, read.Value.Body));
        Assert.True(deleted.Succeeded);
        Assert.False(await db.EmailTemplates.AnyAsync(t => t.Id == template));
    }
}
