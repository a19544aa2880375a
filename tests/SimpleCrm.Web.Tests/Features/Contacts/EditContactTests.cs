using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

public sealed class EditContactTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Editing_a_contact_saves_the_change_and_returns_to_the_profile()
    {
        var id = await ContactBuilder.Person("Jan", "Kowalski").WithEmail("jan@example.pl").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await client.GetDocumentAsync($"/Contacts/{id}/Edit");

        using var response = await client.SaveEditAsync(form, new Dictionary<string, string?> { ["Input.City"] = "Kraków", ["Input.Phones[0]"] = "+48 12 345 67 89" });

        Assert.Equal(id, response.ProfileId());
        var profile = await client.GetDocumentAsync($"/Contacts/{id}");
        Assert.Contains("Kraków", profile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:+48123456789", profile.QuerySelector("a[href^='tel:']")?.GetAttribute("href"));
        // The address opens the compose page of the contact, addressed to it.
        Assert.Equal($"/Emails/Contact/{id}/New?to=jan@example.pl", profile.QuerySelector("a[data-testid=contact-email]")?.GetAttribute("href"));
        Assert.Equal("jan@example.pl", profile.QuerySelector("a[data-testid=contact-email]")?.TextContent);
    }

    [Fact]
    public async Task Saving_a_form_someone_else_saved_meanwhile_shows_the_conflict_and_saves_nothing()
    {
        var id = await ContactBuilder.Person("Anna", "Nowak").SaveAsync(factory);
        var mine = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var theirs = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var myForm = await mine.GetDocumentAsync($"/Contacts/{id}/Edit");
        var theirForm = await theirs.GetDocumentAsync($"/Contacts/{id}/Edit");
        using var theirSave = await theirs.SaveEditAsync(theirForm, new Dictionary<string, string?> { ["Input.City"] = "Gdańsk" });
        Assert.Equal(HttpStatusCode.Redirect, theirSave.StatusCode);

        using var response = await mine.SaveEditAsync(myForm, new Dictionary<string, string?> { ["Input.City"] = "Poznań" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains(ResourceFile.English("Error.ConcurrencyConflict"), page.SummaryErrors());
        Assert.Equal("Gdańsk", await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.City).SingleAsync()));
    }

    [Fact]
    public async Task A_made_up_version_token_is_a_conflict_too()
    {
        var id = await ContactBuilder.Person("Piotr", "Zieliński").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await client.GetDocumentAsync($"/Contacts/{id}/Edit");

        using var response = await client.SaveEditAsync(form, new Dictionary<string, string?> { ["version"] = Guid.NewGuid().ToString(), ["Input.City"] = "Wrocław" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ResourceFile.English("Error.ConcurrencyConflict"), (await response.ToDocumentAsync()).SummaryErrors());
        Assert.Null(await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.City).SingleAsync()));
    }

    [Fact]
    public async Task An_invalid_edit_keeps_the_stored_contact_as_it_was()
    {
        var id = await ContactBuilder.Person("Ewa", "Wiśniewska").WithEmail("ewa@example.pl").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await client.GetDocumentAsync($"/Contacts/{id}/Edit");

        using var response = await client.SaveEditAsync(form, new Dictionary<string, string?> { ["Input.Emails[0]"] = "ewa@", ["Input.City"] = "Lublin" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English("Validation.InvalidEmail"), (await response.ToDocumentAsync()).ValidationMessageFor("Input.Emails[0]"));
        var stored = await factory.WithDbAsync(db => db.Contacts.Include(c => c.Emails).SingleAsync(c => c.Id == id));
        Assert.Null(stored.City);
        Assert.Equal(["ewa@example.pl"], stored.Emails.Select(e => e.Address));
    }
}
