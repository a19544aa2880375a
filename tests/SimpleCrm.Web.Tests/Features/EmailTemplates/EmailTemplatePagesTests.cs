using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Email.Templates;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.EmailTemplates;

/// <summary>Admin › Email templates over HTTP (admins only, placeholders checked) and templates on the compose page.</summary>
public sealed class EmailTemplatePagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/EmailTemplates";

    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[] { ("GET", ""), ("GET", "/New"), ("POST", "/New"), ("GET", "/{id}/Edit"), ("POST", "/{id}/Edit"), ("POST", "/{id}/Delete") })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_email_template_action(string role, string method, string path)
    {
        var id = await AddTemplateAsync("Nietykalny " + Guid.NewGuid().ToString("N")[..6], "Temat", "Treść");
        var email = $"tpl-denied-{Guid.NewGuid():N}@test.local";
        await factory.CreateUserAsync(email, role);
        var client = await factory.SignedInClientAsync(email);
        var url = Page + path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"), ("Name", "Przejęty"), ("Subject", "x"));

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        Assert.True(await factory.WithDbAsync(db => db.EmailTemplates.AnyAsync(t => t.Id == id && t.Subject == "Temat")));
        Assert.False(await factory.WithDbAsync(db => db.EmailTemplates.AnyAsync(t => t.Name == "Przejęty")));
    }

    [Fact]
    public async Task An_admin_creates_a_template_from_the_menu_and_finds_it_in_the_list()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var home = await admin.GetDocumentAsync("/Contacts");
        Assert.NotNull(home.QuerySelector($"a.dropdown-item[href='{Page}']"));

        using var saved = await admin.SubmitAsync(await admin.GetDocumentAsync(Page + "/New"), "form[data-testid=email-template-form]", new Dictionary<string, string?>
        {
            ["Name"] = "Powitanie po targach", ["Subject"] = "Dzień dobry {FirstName}", ["Body"] = "Pozdrawiam,\n{Owner}",
        });
        var list = await admin.GetDocumentAsync(Page);

        Assert.Equal(Page, saved.RedirectPath());
        Assert.NotNull(list.QuerySelector("[data-email-template='Powitanie po targach']"));
    }

    [Fact]
    public async Task An_unknown_placeholder_is_named_in_the_message_on_its_field_and_nothing_is_saved()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync(Page + "/New"), "form[data-testid=email-template-form]", new Dictionary<string, string?>
        {
            ["Name"] = "Literówka w szablonie", ["Subject"] = "Witaj", ["Body"] = "Dzień dobry {Imie}",
        });
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = page.ValidationMessageFor("Body");
        Assert.NotNull(message);
        Assert.StartsWith(ResourceFile.English(EmailTemplateMessages.UnknownPlaceholder)[..10], message, StringComparison.Ordinal);
        Assert.Contains("{Imie}", message, StringComparison.Ordinal);
        Assert.Contains("{FirstName}", message, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.EmailTemplates.AnyAsync(t => t.Name == "Literówka w szablonie")));
    }

    [Fact]
    public async Task The_compose_page_fills_the_subject_and_body_from_a_template_with_or_without_htmx()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"{tag}@tpl-rep.test", Roles.SalesRep, "Zofia Wąsik");
        var leadId = await AddLeadAsync("Szablonowy " + tag, repId, "Łukasz", "Brzęczyszczykiewicz", "Chrząszcz & Syn");
        var template = await AddTemplateAsync("Oferta " + tag, "Oferta dla {Company}", "Dzień dobry {FirstName} {LastName},\n{Owner}");
        var rep = await factory.SignedInClientAsync($"{tag}@tpl-rep.test");

        var plain = await rep.GetDocumentAsync($"/Emails/Lead/{leadId}/New");
        var filled = await rep.GetDocumentAsync($"/Emails/Lead/{leadId}/New?template={template}");
        var fragment = await rep.GetDocumentAsync($"/Emails/Lead/{leadId}/Template?template={template}");

        Assert.NotNull(plain.QuerySelector($"[data-testid=template-picker] select[hx-get] option[value='{template}']"));
        Assert.Equal("Oferta dla Chrząszcz & Syn", filled.QuerySelector("#Subject")?.GetAttribute("value"));
        Assert.Equal("Dzień dobry Łukasz Brzęczyszczykiewicz,\nZofia Wąsik", filled.QuerySelector("#Body")?.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Oferta dla Chrząszcz & Syn", fragment.QuerySelector("#compose-message #Subject")?.GetAttribute("value"));
        Assert.Null(fragment.QuerySelector("form"));
    }

    [Fact]
    public async Task A_contact_person_fills_the_template_with_its_own_names_and_its_linked_companys_current_name()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var company = await ContactBuilder.Company("Šťastný a.s. " + tag).SaveAsync(factory);
        var person = await ContactBuilder.Person("Ольга", "Кузнецова").AtCompany(company, "Stará firma").WithEmail("olga@stastny.example").SaveAsync(factory);
        var template = await AddTemplateAsync("Kontakt " + tag, "{Company}: {LastName}", "{FirstName} <{Email}>");
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var filled = await admin.GetDocumentAsync($"/Emails/Contact/{person}/New?template={template}");

        Assert.Equal($"Šťastný a.s. {tag}: Кузнецова", filled.QuerySelector("#Subject")?.GetAttribute("value"));
        Assert.Equal("Ольга <olga@stastny.example>", filled.QuerySelector("#Body")?.TextContent);
        Assert.Equal("olga@stastny.example", filled.QuerySelector("#To")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_rep_cannot_fill_a_template_with_the_values_of_a_lead_they_cannot_see()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ownerId = await factory.CreateUserAsync($"{tag}@tpl-owner.test", Roles.SalesRep);
        await factory.CreateUserAsync($"{tag}@tpl-other.test", Roles.SalesRep);
        var leadId = await AddLeadAsync("Tajny " + tag, ownerId, "Sekretna", "Osoba", "Tajna firma");
        var template = await AddTemplateAsync("Wyciek " + tag, "{FirstName}", "{Company}");
        var other = await factory.SignedInClientAsync($"{tag}@tpl-other.test");

        using var fragment = await other.GetAsync(new Uri($"/Emails/Lead/{leadId}/Template?template={template}", UriKind.Relative));
        using var page = await other.GetAsync(new Uri($"/Emails/Lead/{leadId}/New?template={template}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, fragment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Sekretna", await fragment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<int> AddLeadAsync(string name, string responsibleId, string firstName, string lastName, string company) =>
        factory.AddLeadAsync(name, responsibleId, l => (l.FirstName, l.LastName, l.CompanyName) = (firstName, lastName, company));

    private Task<int> AddTemplateAsync(string name, string subject, string body) =>
        factory.WithDbAsync(async db =>
        {
            var template = new EmailTemplate { Name = name, NameKey = name.ToLowerInvariant(), Subject = subject, Body = body };
            db.EmailTemplates.Add(template);
            await db.SaveChangesAsync();
            return template.Id;
        });
}
