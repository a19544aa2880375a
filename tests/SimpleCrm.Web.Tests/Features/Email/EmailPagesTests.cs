using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Email;

/// <summary>Admin > Email and the compose page over HTTP: admins only, the password never shown back, compose only on visible records.</summary>
public sealed class EmailPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/Email";
    private const string Secret = "Smtp-Secret-Passw0rd";

    public static TheoryData<string, string, string> EverySettingsActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[] { ("GET", ""), ("POST", ""), ("POST", "/Test") })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySettingsActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_email_settings_action(string role, string method, string path)
    {
        var email = $"mail-denied-{Guid.NewGuid():N}@test.local";
        await factory.CreateUserAsync(email, role);
        var client = await factory.SignedInClientAsync(email);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(Page + path, UriKind.Relative))
            : await client.PostWithTokenAsync(Page + path, await client.AntiforgeryTokenAsync("/Contacts"),
                ("Host", "evil.example.com"), ("Port", "25"), ("TlsMode", "None"), ("SenderAddress", "evil@example.com"), ("testTo", "x@example.com"));

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        Assert.False(await factory.WithDbAsync(db => db.SmtpSettings.AnyAsync(s => s.Host == "evil.example.com")));
    }

    [Fact]
    public async Task An_admin_saves_the_settings_and_the_password_is_stored_encrypted_and_never_shown_back()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var saved = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), "form[data-testid=smtp-form]", new Dictionary<string, string?>
        {
            ["Host"] = "smtp.example.com",
            ["Port"] = "587",
            ["TlsMode"] = "StartTls",
            ["UserName"] = "crm",
            ["Password"] = Secret,
            ["SenderName"] = "Firma",
            ["SenderAddress"] = "crm@example.com",
        });
        var page = await admin.GetDocumentAsync(Page);

        Assert.Equal(Page, saved.RedirectPath());
        Assert.DoesNotContain(Secret, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.QuerySelector("#Password")?.GetAttribute("value") ?? string.Empty);
        Assert.Equal("smtp.example.com", page.QuerySelector("#Host")?.GetAttribute("value"));
        var stored = await factory.WithDbAsync(db => db.SmtpSettings.AsNoTracking().SingleAsync());
        Assert.NotNull(stored.ProtectedPassword);
        Assert.DoesNotContain(Secret, stored.ProtectedPassword, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[data-testid=test-form]"));
    }

    [Fact]
    public async Task Invalid_settings_show_localized_messages_next_to_the_fields_and_save_nothing()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var before = await factory.WithDbAsync(db => db.SmtpSettings.AsNoTracking().Select(s => s.Host).ToListAsync());

        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), "form[data-testid=smtp-form]", new Dictionary<string, string?>
        {
            ["Host"] = "", ["Port"] = "0", ["SenderAddress"] = "nope",
        });
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ResourceFile.English("Email.InvalidPort"), page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Contains(ResourceFile.English("Validation.InvalidEmail"), page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.SmtpSettings.AsNoTracking().Select(s => s.Host).ToListAsync()));
    }

    [Fact]
    public async Task A_rep_cannot_open_or_post_the_compose_page_of_a_lead_they_cannot_see()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ownerId = await factory.CreateUserAsync($"{tag}@owner.test", Roles.SalesRep);
        await factory.CreateUserAsync($"{tag}@other.test", Roles.SalesRep);
        var leadId = await AddLeadAsync("Cudzy " + tag, ownerId);
        var other = await factory.SignedInClientAsync($"{tag}@other.test");
        var url = $"/Emails/Lead/{leadId}/New";

        using var get = await other.GetAsync(new Uri(url, UriKind.Relative));
        using var post = await other.PostWithTokenAsync(url, await other.AntiforgeryTokenAsync("/Contacts"), ("To", "a@example.com"), ("Subject", "s"));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.OutgoingEmails.AnyAsync(e => e.RecordId == leadId)));
    }

    [Fact]
    public async Task A_rep_writes_an_email_from_the_leads_email_link_and_finds_it_queued_on_the_emails_tab_and_the_timeline()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"{tag}@rep.test", Roles.SalesRep);
        await factory.WithDbAsync(async db =>
        {
            if (!await db.SmtpSettings.AnyAsync())
            {
                db.SmtpSettings.Add(new SmtpSettings { Host = "127.0.0.1", Port = 25, TlsMode = SmtpTlsMode.None, SenderAddress = "crm@example.com" });
            }

            return await db.SaveChangesAsync();
        });
        var leadId = await AddLeadAsync("Okna " + tag, repId, "okna@example.com");
        var rep = await factory.SignedInClientAsync($"{tag}@rep.test");
        var card = await rep.GetDocumentAsync($"/Leads/{leadId}");
        var composeUrl = card.QuerySelector("a[data-testid=lead-email]")!.GetAttribute("href")!;

        var compose = await rep.GetDocumentAsync(composeUrl);
        using var sent = await rep.SubmitAsync(compose, $"form[action='{composeUrl}']", new Dictionary<string, string?> { ["Subject"] = "Oferta " + tag, ["Body"] = "Dzień dobry" });
        var tab = await rep.GetDocumentAsync($"/Leads/{leadId}?tab=emails");
        var timeline = await rep.GetDocumentAsync($"/Leads/{leadId}?tab=timeline");

        Assert.Equal("okna@example.com", compose.QuerySelector("#To")?.GetAttribute("value"));
        Assert.Equal($"/Leads/{leadId}", sent.RedirectPath());
        var item = Assert.Single(tab.QuerySelectorAll("[data-testid=email]"));
        Assert.Equal(nameof(OutgoingEmailStatus.Queued), item.GetAttribute("data-status"));
        Assert.Contains("Oferta " + tag, item.TextContent, StringComparison.Ordinal);
        Assert.Contains(timeline.QuerySelectorAll("[data-testid=history-line]"), l => l.GetAttribute("data-action") == EmailMessages.Queued && l.TextContent.Contains("Oferta " + tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_email_shows_as_failed_with_the_reason_in_the_users_language_and_the_servers_words()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"{tag}@failed.test", Roles.SalesRep);
        var leadId = await AddLeadAsync("Odmowa " + tag, repId, "odmowa@example.com");
        await factory.WithDbAsync(db =>
        {
            db.OutgoingEmails.Add(new OutgoingEmail
            {
                RecordType = "Lead", RecordId = leadId, To = "odmowa@example.com", Subject = "Nie doszło " + tag, Body = "x",
                Status = OutgoingEmailStatus.Failed, Attempts = 3, LastErrorKey = SmtpErrors.Refused, LastError = "550 5.7.1 Message refused by policy",
                CreatedAt = DateTime.UtcNow, CreatedById = repId,
            });
            return db.SaveChangesAsync();
        });
        var rep = await factory.SignedInClientAsync($"{tag}@failed.test");

        var tab = await rep.GetDocumentAsync($"/Leads/{leadId}?tab=emails");

        var item = Assert.Single(tab.QuerySelectorAll("[data-testid=email]"));
        Assert.Equal(nameof(OutgoingEmailStatus.Failed), item.GetAttribute("data-status"));
        Assert.Equal(ResourceFile.English("Emails.Status.Failed"), item.QuerySelector("[data-testid=email-status]")?.TextContent.Trim());
        var error = item.QuerySelector("[data-testid=email-error]")?.TextContent ?? string.Empty;
        Assert.Contains(ResourceFile.English(SmtpErrors.Refused), error, StringComparison.Ordinal);
        Assert.Contains("550 5.7.1 Message refused by policy", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contacts_profile_has_an_emails_card_and_each_address_offers_to_write_to_it()
    {
        var contactId = await ContactBuilder.Person("Agnė", "Kazlauskienė").WithEmail("agne@example.lt").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var profile = await admin.GetDocumentAsync($"/Contacts/{contactId}");
        var write = profile.QuerySelectorAll($"a[href^='/Emails/Contact/{contactId}/New']").Select(a => a.GetAttribute("href")).ToList();
        var compose = await admin.GetDocumentAsync(write.Single(h => h!.Contains("to=", StringComparison.Ordinal))!);

        Assert.NotNull(profile.QuerySelector("[data-testid=emails]"));
        Assert.Equal("agne@example.lt", compose.QuerySelector("#To")?.GetAttribute("value"));
    }

    private Task<int> AddLeadAsync(string name, string responsibleId, string? email = null) =>
        factory.WithDbAsync(async db =>
        {
            var lead = new Lead
            {
                Name = name, Email = email, StatusId = await db.LeadStatuses.Select(s => s.Id).FirstAsync(),
                SourceId = await db.LeadSources.Select(s => s.Id).FirstAsync(), ResponsibleUserId = responsibleId,
            };
            lead.RefreshDerivedFields();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return lead.Id;
        });
}
