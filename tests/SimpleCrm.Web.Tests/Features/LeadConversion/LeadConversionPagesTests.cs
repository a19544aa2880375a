using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadConversion;

/// <summary>The conversion page and every way a lead's status can ask for it: card, list row, edit form, kanban.</summary>
public sealed class LeadConversionPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string FormSelector = "form[data-conversion-form]";

    [Fact]
    public async Task Converting_from_the_card_creates_the_person_and_company_and_lands_on_the_person_listing_the_lead()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var id = await client.CreatedLeadAsync($"Regały {tag}", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Jonas",
            ["Input.LastName"] = $"Kazlauskas{tag}",
            ["Input.CompanyName"] = $"Sandėliai {tag}",
            ["Input.CompanyCode"] = "LT100001",
            ["Input.Email"] = $"jonas.{tag}@sandeliai.lt",
        });
        var card = await client.GetDocumentAsync($"/Leads/{id}");
        var page = await client.GetDocumentAsync(card.QuerySelector("a[data-testid=convert-lead]")!.GetAttribute("href")!);
        Assert.Equal("PersonAndCompany", page.QuerySelector($"{FormSelector} input[name='Input.Target'][checked]")?.GetAttribute("value"));
        Assert.Equal(ResourceFile.English("LeadConversion.CompanyCodeNote").Replace("{0}", "LT100001", StringComparison.Ordinal), page.QuerySelector("#Input_Notes")?.TextContent.Trim());

        using var response = await client.SubmitAsync(page, FormSelector);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Equal($"Jonas Kazlauskas{tag}", profile.QuerySelector("[data-testid=contact-name]")?.TextContent.Trim());
        Assert.Contains(ResourceFile.English("LeadConversion.Converted"), profile.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/Leads/{id}"], profile.QuerySelectorAll("[data-testid=contact-lead] a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"Sandėliai {tag}", profile.QuerySelector("[data-testid=contact-name] + div a[href^='/Contacts/']")?.TextContent.Trim());

        var history = await client.GetDocumentAsync(response.RedirectTarget() + "/History");
        Assert.Contains(history.QuerySelectorAll("[data-testid=history-lead] a"), a => a.GetAttribute("href") == $"/Leads/{id}");
        var converted = await client.GetDocumentAsync($"/Leads/{id}");
        Assert.Null(converted.QuerySelector("a[data-testid=convert-lead]"));
        Assert.Equal($"Jonas Kazlauskas{tag}", converted.QuerySelector("[data-testid=client]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Missing_data_is_shown_next_to_the_field_and_nothing_is_converted()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var id = await client.CreatedLeadAsync($"Bez firmy {tag}");
        var page = await client.GetDocumentAsync($"/Leads/{id}/Convert");
        Assert.Equal("Person", page.QuerySelector($"{FormSelector} input[name='Input.Target'][checked]")?.GetAttribute("value"));

        using var response = await client.SubmitAsync(page, FormSelector, new Dictionary<string, string?> { ["Input.Target"] = "Company", ["Input.Email"] = "zły-adres" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English("Validation.Required"), again.ValidationMessageFor("Input.CompanyName"));
        Assert.Equal(ResourceFile.English("Validation.InvalidEmail"), again.ValidationMessageFor("Input.Email"));
        Assert.Equal("Company", again.QuerySelector($"{FormSelector} input[name='Input.Target'][checked]")?.GetAttribute("value"));
        Assert.Equal((LeadStatusMeaning.Open, (int?)null), await StateAsync(id));
    }

    [Fact]
    public async Task A_converted_lead_shows_where_it_went_and_a_second_conversion_is_refused_with_a_message()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var id = await client.CreatedLeadAsync($"Dwa razy {tag}", new Dictionary<string, string?> { ["Input.LastName"] = $"Dvakrát{tag}" });
        var page = await client.GetDocumentAsync($"/Leads/{id}/Convert");
        using (var first = await client.SubmitAsync(page, FormSelector))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await client.SubmitAsync(page, FormSelector);

        Assert.Equal($"/Leads/{id}/Convert", second.RedirectTarget());
        var now = await client.GetDocumentAsync(second.RedirectTarget());
        Assert.Contains(ResourceFile.English("LeadConversion.AlreadyConverted"), now.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Contacts.CountAsync(c => c.LastName == $"Dvakrát{tag}")));
        Assert.Equal($"Dvakrát{tag}", now.QuerySelector("[data-testid=already-converted] a[href^='/Contacts/']")?.TextContent.Trim());
        Assert.Null(now.QuerySelector(FormSelector));
    }

    [Fact]
    public async Task A_lead_is_assigned_to_a_contact_found_by_search()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var contactId = await ContactBuilder.Person("Zuzana", $"Nováková{tag}").SaveAsync(factory);
        var id = await client.CreatedLeadAsync($"Pre Zuzanu {tag}");
        var found = await client.GetDocumentAsync($"/Leads/{id}/Convert?term=novakova{tag}");

        using var response = await client.SubmitWithButtonAsync(found, "[data-testid=found-contacts] [data-testid=assign] button");

        Assert.Equal($"/Contacts/{contactId}", response.RedirectTarget());
        var profile = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains(ResourceFile.English("LeadConversion.Assigned"), profile.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/Leads/{id}"], profile.QuerySelectorAll("[data-testid=contact-lead] a").Select(a => a.GetAttribute("href")));
        Assert.Equal((LeadStatusMeaning.Converted, (int?)contactId), await StateAsync(id));
    }

    [Fact]
    public async Task Choosing_converted_in_a_list_row_opens_the_conversion_and_leaves_the_status()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var id = await client.CreatedLeadAsync($"Wiersz {tag}");
        var list = await client.GetDocumentAsync($"/Leads?Search={tag}");

        using var response = await client.ChangeRowStatusAsync(list, id, ResourceFile.English("LeadStatuses.Converted"));

        Assert.Equal($"/Leads/{id}/Convert?statusId={await ConvertedStatusAsync()}", response.RedirectTarget());
        Assert.Equal((LeadStatusMeaning.Open, (int?)null), await StateAsync(id));
    }

    [Fact]
    public async Task Choosing_converted_in_the_edit_form_saves_the_other_changes_then_opens_the_conversion()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var id = await client.CreatedLeadAsync($"Formularz {tag}");
        var form = await client.GetDocumentAsync($"/Leads/{id}/Edit");
        var converted = await ConvertedStatusAsync();
        Assert.NotNull(form.QuerySelector($"select[name='Input.StatusId'] option[value='{converted}']"));

        using var response = await client.SubmitAsync(form, LeadForms.Selector, new Dictionary<string, string?> { ["Input.StatusId"] = converted, ["Input.City"] = "Kaunas" });

        Assert.Equal($"/Leads/{id}/Convert?statusId={converted}", response.RedirectTarget());
        var page = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains(ResourceFile.English("LeadConversion.EditsSavedChoose"), page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(converted, page.QuerySelector($"{FormSelector} input[name='Input.StatusId']")?.GetAttribute("value"));
        Assert.Equal("Kaunas", await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).Select(l => l.City).SingleAsync()));
        Assert.Equal((LeadStatusMeaning.Open, (int?)null), await StateAsync(id));
    }

    [Fact]
    public async Task A_card_dropped_on_the_converted_column_is_refused_with_the_conversion_page_to_open()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var id = await client.CreatedLeadAsync($"Kanban {Tag()}");
        var version = await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).Select(l => l.Version).SingleAsync());
        var converted = await ConvertedStatusAsync();
        var token = await client.AntiforgeryTokenAsync("/Leads/Kanban");

        using var response = await client.PostWithTokenAsync("/Leads/Kanban/Move", token,
            ("leadId", id.ToString(CultureInfo.InvariantCulture)), ("statusId", converted), ("version", version.ToString()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var refusal = await response.Content.ReadFromJsonAsync<Refusal>();
        Assert.Equal($"/Leads/{id}/Convert?statusId={converted}", refusal?.ConvertUrl);
        Assert.Equal(ResourceFile.English("LeadConversion.Action"), refusal?.ConvertText);
        Assert.Equal((LeadStatusMeaning.Open, (int?)null), await StateAsync(id));
    }

    [Fact]
    public async Task A_conversion_posted_without_the_antiforgery_token_is_refused_and_creates_nothing()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var id = await client.CreatedLeadAsync($"Bez tokenu {tag}", new Dictionary<string, string?> { ["Input.LastName"] = $"Beztokenu{tag}" });
        var page = await client.GetDocumentAsync($"/Leads/{id}/Convert");

        using var response = await client.SubmitAsync(page, FormSelector, new Dictionary<string, string?> { ["__RequestVerificationToken"] = null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Contacts.AnyAsync(c => c.LastName == $"Beztokenu{tag}")));
        Assert.Equal((LeadStatusMeaning.Open, (int?)null), await StateAsync(id));
    }

    private Task<string> ConvertedStatusAsync() =>
        factory.WithDbAsync(async db => (await db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Converted).OrderBy(s => s.Position).Select(s => s.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture));

    private Task<(LeadStatusMeaning, int?)> StateAsync(int id) =>
        factory.WithDbAsync(async db =>
        {
            var lead = await db.Leads.Where(l => l.Id == id).Select(l => new { l.Status!.Meaning, l.ContactId }).SingleAsync();
            return (lead.Meaning, lead.ContactId);
        });

    private static string Tag() => string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))));

    private sealed record Refusal(string Message, string? ConvertUrl, string? ConvertText);
}
