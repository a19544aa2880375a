using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

public sealed class CreateContactTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static readonly Dictionary<string, string?> Lucja = new()
    {
        ["Input.FirstName"] = "Łucja",
        ["Input.LastName"] = "Żółkiewska",
        ["Input.City"] = "Łódź",
        ["Input.Emails[0]"] = "lucja.zolkiewska@example.pl",
        ["Input.Phones[0]"] = "601 234 567",
    };

    [Fact]
    public async Task Creating_a_person_with_polish_letters_opens_their_profile()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.CreatePersonAsync(Lucja);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await client.GetDocumentAsync($"/Contacts/{response.ProfileId()}");
        Assert.Equal("Łucja Żółkiewska", profile.QuerySelector("[data-testid=contact-name]")?.TextContent.Trim());
        Assert.Contains("Łódź", profile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ResourceFile.English("Contacts.Created.Message"), profile.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_links_the_email_and_the_phone_normalized_to_E164()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var created = await client.CreatePersonAsync(Lucja);

        var profile = await client.GetDocumentAsync($"/Contacts/{created.ProfileId()}");

        var mail = profile.QuerySelector("a[data-testid=contact-email]");
        var tel = profile.QuerySelector("a[href^='tel:']");
        Assert.Equal($"/Emails/Contact/{created.ProfileId()}/New?to=lucja.zolkiewska@example.pl", mail?.GetAttribute("href"));
        Assert.Equal("tel:+48601234567", tel?.GetAttribute("href"));
        Assert.Equal("601 234 567", tel?.TextContent.Trim());
    }

    [Theory]
    [InlineData("lodz")]
    [InlineData("zolk")]
    [InlineData("ŻÓŁK")]
    [InlineData("Łódź")]
    [InlineData("601234")]
    [InlineData("+48 601 234 567")]
    public async Task Searching_with_or_without_diacritics_finds_the_contact(string search)
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var created = await client.CreatePersonAsync(Lucja);
        var id = created.ProfileId();

        var results = await client.GetDocumentAsync("/Contacts?PageSize=100&Search=" + Uri.EscapeDataString(search));

        Assert.Contains($"/Contacts/{id}", results.RowLinks());
    }

    [Fact]
    public async Task A_search_that_matches_nothing_says_so()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var results = await client.GetDocumentAsync("/Contacts?Search=qqqxxyyzz");

        Assert.Empty(results.RowLinks());
        Assert.Equal(ResourceFile.English("Contacts.NoMatches"), results.QuerySelector("[data-testid=empty]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("Input.LastName", "", "Input.LastName", "Contacts.NameRequired")]
    [InlineData("Input.Emails[0]", "lucja(at)example", "Input.Emails[0]", "Validation.InvalidEmail")]
    [InlineData("Input.Phones[0]", "12", "Input.Phones[0]", "Validation.InvalidPhone")]
    [InlineData("Input.Phones[0]", "call me maybe", "Input.Phones[0]", "Validation.InvalidPhone")]
    [InlineData("Input.Website", "not a website", "Input.Website", "Validation.InvalidWebsite")]
    [InlineData("Input.Website", "javascript:alert(1)", "Input.Website", "Validation.InvalidWebsite")]
    public async Task An_invalid_field_re_renders_the_form_with_the_message_beside_it_and_saves_nothing(
        string field, string value, string messageField, string messageKey)
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var before = await CountContactsAsync();
        var fields = new Dictionary<string, string?>(Lucja) { ["Input.Notes"] = "should not be saved", [field] = value };
        if (field == "Input.LastName")
        {
            fields["Input.FirstName"] = "";
        }

        using var response = await client.CreatePersonAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English(messageKey), form.ValidationMessageFor(messageField));
        Assert.NotNull(form.QuerySelector(".alert-danger"));
        // What the user typed is still there to correct.
        Assert.Equal("should not be saved", form.QuerySelector("textarea[name='Input.Notes']")?.TextContent.Trim());
        Assert.Equal(before, await CountContactsAsync());
    }

    [Fact]
    public async Task A_valid_form_shows_no_validation_messages()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var form = await client.GetDocumentAsync("/Contacts/New?kind=Person");

        Assert.Null(form.QuerySelector(".alert-danger"));
        Assert.Empty(form.QuerySelectorAll(".field-validation-error"));
        Assert.NotNull(form.QuerySelector(ContactForms.Selector));
    }

    private Task<int> CountContactsAsync() => factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().CountAsync());
}
