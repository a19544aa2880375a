using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Selection;

/// <summary>The selection basket through HTTP: ticking rows, selecting all a filter matches, its count and its visibility rule.</summary>
public sealed class SelectionBasketTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Contacts_ticked_on_different_pages_stay_in_the_basket_and_its_count_shows_on_every_page()
    {
        var (rep, email) = await NewRepAsync("pages");
        var contacts = await ContactBuilder.SaveAllAsync(factory, Enumerable.Range(1, 30).Select(i => ContactBuilder.Person($"Osoba{i:00}", "Stronicowa").OwnedBy(rep)));
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");

        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", contacts[0].Id.ToString(CultureInfo.InvariantCulture)), ("selected", "true")))
        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", contacts[29].Id.ToString(CultureInfo.InvariantCulture)), ("selected", "true")))
        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", contacts[5].Id.ToString(CultureInfo.InvariantCulture)), ("selected", "true")))
        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", contacts[5].Id.ToString(CultureInfo.InvariantCulture))))
        {
        }

        var secondPage = await client.GetDocumentAsync("/Contacts?Page=2");
        Assert.Equal("2", secondPage.QuerySelector("[data-testid=selection-count]")?.TextContent.Trim());
        var ticked = secondPage.QuerySelectorAll("input[data-select-row]:checked").Select(i => i.GetAttribute("aria-label")).ToList();
        Assert.Equal([$"Select {contacts[29].DisplayName}"], ticked);
        var basket = await client.GetDocumentAsync("/Contacts?Selected=true");
        Assert.Equal(
            [contacts[0].DisplayName, contacts[29].DisplayName],
            basket.QuerySelectorAll("td.name-cell > a").Select(a => a.TextContent.Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ticking_from_htmx_answers_the_new_count_for_the_navigation_bar()
    {
        var (rep, email) = await NewRepAsync("htmx");
        var id = await ContactBuilder.Person("Jan", "Htmxowy").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");
        client.DefaultRequestHeaders.Add("HX-Request", "true");

        using var response = await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", id.ToString(CultureInfo.InvariantCulture)), ("selected", "true"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"selection-count\"", html, StringComparison.Ordinal);
        Assert.Contains(">1<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"selection-actions\"", html, StringComparison.Ordinal);
        Assert.Contains("Selected: 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_all_matching_puts_only_the_reps_visible_contacts_of_the_filter_in_the_basket()
    {
        var (rep, email) = await NewRepAsync("all");
        var (other, _) = await NewRepAsync("all-other");
        await ContactBuilder.SaveAllAsync(factory, Enumerable.Range(1, 40).Select(i => ContactBuilder.Person($"Wszyscy{i}", "Pasujący").OwnedBy(rep)));
        var foreign = await ContactBuilder.Person("Obcy", "Pasujący").OwnedBy(other).SaveAsync(factory);
        await ContactBuilder.Person("Inny", "Spoza").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var list = await client.GetDocumentAsync("/Contacts?Search=pasujący");

        using var response = await client.SubmitAsync(list, "form[action='/Selection/AddMatching']", new Dictionary<string, string?>());

        Assert.Equal("/Contacts?Search=pasuj%C4%85cy", response.RedirectTarget());
        var selected = await factory.WithDbAsync(db => db.SelectedContacts.Where(s => s.UserId == rep).Select(s => s.ContactId).ToListAsync());
        Assert.Equal(40, selected.Count);
        Assert.DoesNotContain(foreign, selected);
    }

    [Fact]
    public async Task A_sales_rep_posting_another_reps_contact_id_does_not_get_it_into_the_basket()
    {
        var (_, email) = await NewRepAsync("idor");
        var (other, _) = await NewRepAsync("idor-other");
        var foreign = await ContactBuilder.Person("Cudzy", "Koszyk").OwnedBy(other).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");

        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", foreign.ToString(CultureInfo.InvariantCulture)), ("selected", "true")))
        {
        }

        Assert.False(await factory.WithDbAsync(db => db.SelectedContacts.AnyAsync(s => s.ContactId == foreign)));
        var page = await client.GetDocumentAsync("/Contacts");
        Assert.Equal("0", page.QuerySelector("[data-testid=selection-count]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Clearing_the_basket_empties_it_and_returns_to_the_page()
    {
        var (rep, email) = await NewRepAsync("clear");
        var id = await ContactBuilder.Person("Jan", "Czyszczony").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");
        using (await client.PostWithTokenAsync("/Selection/Toggle", token, ("ids", id.ToString(CultureInfo.InvariantCulture)), ("selected", "true")))
        {
        }

        using var response = await client.PostWithTokenAsync("/Selection/Clear", token, ("returnUrl", "/Contacts?Page=1"));

        Assert.Equal("/Contacts?Page=1", response.RedirectTarget());
        Assert.False(await factory.WithDbAsync(db => db.SelectedContacts.AnyAsync(s => s.UserId == rep)));
    }

    private async Task<(string Id, string Email)> NewRepAsync(string name)
    {
        var email = $"basket-{name}-{Guid.NewGuid():N}"[..30] + "@test.local";
        return (await factory.CreateUserAsync(email, Roles.SalesRep), email);
    }
}
