using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Merge;

/// <summary>Merging duplicates in the browser: the side-by-side page, the merge itself, old links and the visibility rule.</summary>
public sealed class MergeContactsTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Form = "form[data-merge-form]";

    [Fact]
    public async Task The_merge_page_shows_the_contacts_side_by_side_with_a_choice_per_field()
    {
        var first = await ContactBuilder.Person("Karol", "Bokiem").InCity("Łódź").WithEmail("karol@bok.pl").SaveAsync(factory);
        var second = await ContactBuilder.Person("Karolek", "Bokiem").InCity("Poznań").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var page = await client.GetDocumentAsync($"/Contacts/Merge?ids={first}&ids={second}");

        var table = page.QuerySelector("[data-testid=merge-table]")!;
        Assert.Equal(
            [first.ToString(CultureInfo.InvariantCulture), second.ToString(CultureInfo.InvariantCulture)],
            table.QuerySelectorAll("thead th[data-contact-id]").Select(th => th.GetAttribute("data-contact-id")));
        var city = table.QuerySelector("tr[data-field=City]")!;
        Assert.Equal(["Łódź", "Poznań"], city.QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
        Assert.NotNull(city.QuerySelector($"input[name='Choices[City]'][value='{first}'][checked]"));
        Assert.NotNull(page.QuerySelector($"input[name=SurvivorId][value='{first}'][checked]"));
        Assert.Contains("karol@bok.pl", table.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_merge_keeps_the_chosen_values_and_the_old_profile_url_leads_to_the_survivor()
    {
        var survivor = await ContactBuilder.Person("Lena", "Scalana").InCity("Toruń").WithEmail("lena@scal.pl").SaveAsync(factory);
        var other = await ContactBuilder.Person("Lenka", "Scalana").InCity("Bydgoszcz").WithEmail("lenka@scal.pl").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var page = await client.GetDocumentAsync($"/Contacts/Merge?ids={survivor}&ids={other}");

        using var response = await client.SubmitAsync(page, Form, new Dictionary<string, string?>
        {
            ["Choices[City]"] = other.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal($"/Contacts/{survivor}", response.RedirectTarget());
        var profile = await client.GetDocumentAsync($"/Contacts/{survivor}");
        var main = profile.QuerySelector("main")!.TextContent;
        Assert.Contains("Bydgoszcz", main, StringComparison.Ordinal);
        Assert.Contains("lenka@scal.pl", main, StringComparison.Ordinal);
        Assert.Contains("lena@scal.pl", main, StringComparison.Ordinal);
        using var oldLink = await client.GetAsync(new Uri($"/Contacts/{other}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, oldLink.StatusCode);
        Assert.Equal($"/Contacts/{survivor}", oldLink.RedirectTarget());
    }

    [Fact]
    public async Task A_sales_rep_posting_an_invisible_contact_id_gets_not_found_and_nothing_changes()
    {
        var repId = await factory.CreateUserAsync("rep-merge-idor@test.local", Roles.SalesRep);
        var otherId = await factory.CreateUserAsync("rep-merge-other@test.local", Roles.SalesRep);
        var own = await ContactBuilder.Person("Roman", "Własnymerge").OwnedBy(repId).SaveAsync(factory);
        var hidden = await ContactBuilder.Person("Roman", "Obcymerge").OwnedBy(otherId).WithEmail("obcy@merge.pl").SaveAsync(factory);
        var versions = await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == own || c.Id == hidden).ToDictionaryAsync(c => c.Id, c => c.Version));
        var rep = await factory.SignedInClientAsync("rep-merge-idor@test.local");
        var token = await rep.AntiforgeryTokenAsync("/Contacts");

        using var page = await rep.GetAsync(new Uri($"/Contacts/Merge?ids={own}&ids={hidden}", UriKind.Relative));
        using var post = await rep.PostWithTokenAsync(
            "/Contacts/Merge",
            token,
            ("Ids", own.ToString(CultureInfo.InvariantCulture)),
            ("Ids", hidden.ToString(CultureInfo.InvariantCulture)),
            ("SurvivorId", own.ToString(CultureInfo.InvariantCulture)),
            ($"Versions[{own}]", versions[own].ToString()),
            ($"Versions[{hidden}]", versions[hidden].ToString()),
            ("Choices[LastName]", hidden.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Obcymerge", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().Include(c => c.Emails)
            .Where(c => c.Id == own || c.Id == hidden).ToListAsync());
        Assert.All(stored, c => Assert.False(c.IsDeleted));
        Assert.Equal("Własnymerge", stored.Single(c => c.Id == own).LastName);
        Assert.Empty(stored.Single(c => c.Id == own).Emails);
        Assert.Equal(versions[hidden], stored.Single(c => c.Id == hidden).Version);
    }

    [Fact]
    public async Task A_contact_changed_while_the_form_was_open_shows_the_form_again_with_the_conflict()
    {
        var survivor = await ContactBuilder.Person("Tomasz", "Konfliktowy").SaveAsync(factory);
        var other = await ContactBuilder.Person("Tomek", "Konfliktowy").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var page = await client.GetDocumentAsync($"/Contacts/Merge?ids={survivor}&ids={other}");
        await factory.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == other);
            contact.City = "Zmienione";
            return await db.SaveChangesAsync();
        });

        using var response = await client.SubmitAsync(page, Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ToDocumentAsync();
        Assert.Single(again.SummaryErrors());
        Assert.NotNull(again.QuerySelector(Form));
        Assert.True(await factory.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == other)));
    }

    [Fact]
    public async Task Fewer_than_two_contacts_lead_back_to_the_list_with_a_message()
    {
        var only = await ContactBuilder.Person("Jedyny", "Samotny").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync(new Uri($"/Contacts/Merge?ids={only}", UriKind.Relative));

        Assert.Equal("/Contacts", response.RedirectTarget());
    }

    [Fact]
    public async Task The_profiles_duplicates_card_links_to_the_merge_page_with_both_contacts()
    {
        var contact = await ContactBuilder.Person("Wanda", "Podwójna").WithEmail("wanda@dup.pl").SaveAsync(factory);
        var duplicate = await ContactBuilder.Person("W.", "Inaczej").WithEmail("WANDA@dup.pl").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var profile = await client.GetDocumentAsync($"/Contacts/{contact}");
        var lazy = profile.QuerySelector("[data-duplicates]")!.GetAttribute("hx-get")!;

        var card = await client.GetDocumentAsync(lazy);

        var mergeLink = card.QuerySelectorAll("[data-testid=duplicates-card] a.btn").Select(a => a.GetAttribute("href")).Single();
        Assert.Equal($"/Contacts/Merge?ids={contact}&ids={duplicate}", mergeLink);
        var mergePage = await client.GetDocumentAsync(mergeLink!);
        Assert.Equal(2, mergePage.QuerySelectorAll("input[name=SurvivorId]").Length);
    }
}
