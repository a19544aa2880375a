using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Leads;

public sealed class LeadPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_lead_created_through_the_form_opens_its_card_and_shows_in_the_list()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.CreateLeadAsync(new Dictionary<string, string?>
        {
            ["Input.Name"] = "Żurawie dla Łodzi",
            ["Input.FirstName"] = "Łucja",
            ["Input.LastName"] = "Żółkiewska",
            ["Input.CompanyName"] = "Dźwigi Sp. z o.o.",
            ["Input.Email"] = "lucja@example.pl",
            ["Input.EstimatedAmount"] = "12000.5",
            ["Input.Currency"] = "pln",
        });

        var id = response.CardId();
        var card = await client.GetDocumentAsync($"/Leads/{id}");
        Assert.Equal("Żurawie dla Łodzi", card.QuerySelector("[data-testid=lead-name]")?.TextContent.Trim());
        Assert.Contains(ResourceFile.English("Leads.Created.Message"), card.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("12,000.50 PLN", card.QuerySelector("[data-testid=amount]")?.TextContent.Trim());
        Assert.Equal(ResourceFile.English("LeadStatuses.New"), card.QuerySelector(".lead-status-current")?.TextContent.Trim());

        var list = await client.GetDocumentAsync("/Leads?Search=zurawie");
        Assert.Equal([$"/Leads/{id}"], list.RowLinks());
        Assert.Contains("Dźwigi Sp. z o.o.", list.QuerySelector("table.lead-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12,000.50 PLN", list.QuerySelector("[data-testid=amount]")?.TextContent.Trim());
    }

    [Fact]
    public async Task An_empty_name_is_refused_next_to_the_field_and_saves_nothing()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var before = await factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().CountAsync());

        using var response = await client.CreateLeadAsync(new Dictionary<string, string?> { ["Input.Name"] = " ", ["Input.City"] = "Kaunas" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English("Validation.Required"), page.ValidationMessageFor("Input.Name"));
        Assert.Equal("Kaunas", page.QuerySelector("input[name='Input.City']")?.GetAttribute("value"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task The_form_offers_no_converted_status()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var form = await client.GetDocumentAsync("/Leads/New");

        var offered = form.QuerySelectorAll("select[name='Input.StatusId'] option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains(ResourceFile.English("LeadStatuses.Junk"), offered);
        Assert.DoesNotContain(ResourceFile.English("LeadStatuses.Converted"), offered);
    }

    [Fact]
    public async Task Changing_the_status_from_a_row_moves_the_lead_and_returns_to_the_same_list()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var id = await client.CreatedLeadAsync("Wiersz ze statusem");
        var list = await client.GetDocumentAsync("/Leads?Search=wiersz&Sort=Name");

        using var response = await client.ChangeRowStatusAsync(list, id, ResourceFile.English("LeadStatuses.InProgress"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Leads?Search=wiersz&Sort=Name", response.RedirectTarget());
        var after = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains(ResourceFile.English("Leads.StatusChanged"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(ResourceFile.English("LeadStatuses.InProgress"), after.QuerySelector($"{LeadForms.RowStatusSelector(id)} option[selected]")?.TextContent.Trim());
        Assert.Equal("InProgress", await StatusKeyAsync(id));
        var card = await client.GetDocumentAsync($"/Leads/{id}/History");
        Assert.Contains("New → In progress", card.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_change_from_a_stale_row_shows_the_conflict_and_changes_nothing()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var id = await client.CreatedLeadAsync("Nieaktualny wiersz");
        var staleList = await client.GetDocumentAsync("/Leads?Search=nieaktualny");
        using (var first = await client.ChangeRowStatusAsync(staleList, id, ResourceFile.English("LeadStatuses.ProposalSent")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var response = await client.ChangeRowStatusAsync(staleList, id, ResourceFile.English("LeadStatuses.Junk"));

        var after = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains(ResourceFile.English("Error.ConcurrencyConflict"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("ProposalSent", await StatusKeyAsync(id));
    }

    [Fact]
    public async Task A_converted_status_on_the_card_leads_to_the_conversion_and_changes_nothing_by_itself()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var id = await client.CreatedLeadAsync("Do konwersji");
        var card = await client.GetDocumentAsync($"/Leads/{id}");
        var converted = await factory.WithDbAsync(db => db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Converted).Select(s => s.Id).FirstAsync());
        var convertedId = converted.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"/Leads/{id}/Convert?statusId={convertedId}", card.QuerySelector("a[data-testid=converted-status]")?.GetAttribute("href"));

        // A post of that status all the same (an old page, a hand-made request) goes to the conversion too.
        using var response = await client.SubmitAsync(card, "form[data-testid=status-bar]", new Dictionary<string, string?> { ["statusId"] = convertedId });

        Assert.Equal($"/Leads/{id}/Convert?statusId={convertedId}", response.RedirectTarget());
        var after = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains(ResourceFile.English("LeadConversion.ChooseToConvert"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("New", await StatusKeyAsync(id));
    }

    [Fact]
    public async Task Editing_saves_the_change_and_deleting_hides_the_lead_but_keeps_its_row()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var id = await client.CreatedLeadAsync("Do edycji");
        var form = await client.GetDocumentAsync($"/Leads/{id}/Edit");

        using var saved = await client.SubmitAsync(form, LeadForms.Selector, new Dictionary<string, string?> { ["Input.City"] = "Vilnius" });
        Assert.Equal(id, saved.CardId());
        var card = await client.GetDocumentAsync($"/Leads/{id}");
        Assert.Contains("Vilnius", card.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var deleted = await client.SubmitAsync(card, $"form[action='/Leads/{id}/Delete']");

        Assert.Equal("/Leads", deleted.RedirectTarget());
        using var gone = await client.GetAsync(new Uri($"/Leads/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().Where(l => l.Id == id).Select(l => l.IsDeleted).SingleAsync()));
    }

    [Fact]
    public async Task An_id_posted_in_the_body_does_not_change_which_lead_is_edited()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var target = await client.CreatedLeadAsync("Edytowany");
        var bystander = await client.CreatedLeadAsync("Postronny");
        var form = await client.GetDocumentAsync($"/Leads/{target}/Edit");

        using var response = await client.SubmitAsync(form, LeadForms.Selector, new Dictionary<string, string?> { ["Input.City"] = "Riga" },
            [new("id", bystander.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Id", bystander.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(target, response.CardId());
        Assert.Equal("Riga", await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == target).Select(l => l.City).SingleAsync()));
        Assert.Null(await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == bystander).Select(l => l.City).SingleAsync()));
    }

    [Fact]
    public async Task In_polish_the_amount_is_typed_and_shown_with_a_decimal_comma_and_an_untouched_edit_keeps_it()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using (await client.SwitchLanguageAsync("pl", "/Leads"))
        {
        }

        var id = await client.CreatedLeadAsync("Kwota po polsku", new Dictionary<string, string?> { ["Input.EstimatedAmount"] = "1500,5", ["Input.Currency"] = "PLN" });
        var form = await client.GetDocumentAsync($"/Leads/{id}/Edit");
        using var saved = await client.SubmitAsync(form, LeadForms.Selector);

        Assert.Equal(id, saved.CardId());
        Assert.Equal(1500.5m, await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).Select(l => l.EstimatedAmount).SingleAsync()));
        var card = await client.GetDocumentAsync($"/Leads/{id}");
        Assert.Equal("1\u00a0500,50 PLN", card.QuerySelector("[data-testid=amount]")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_list_without_leads_matching_says_so()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var list = await client.GetDocumentAsync("/Leads?Search=nothing-like-this-exists");

        Assert.Equal(ResourceFile.English("Leads.NoMatches"), list.QuerySelector("[data-testid=empty]")?.TextContent.Trim());
    }

    /// <summary>The stored status of the lead, as the key of a seeded status without its "LeadStatuses." family.</summary>
    private async Task<string?> StatusKeyAsync(int id) =>
        (await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).Select(l => l.Status!.ResourceKey).SingleAsync()))?["LeadStatuses.".Length..];
}
