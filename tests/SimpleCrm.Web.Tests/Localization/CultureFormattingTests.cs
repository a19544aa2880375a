using System.Globalization;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Localization;

/// <summary>Numbers and dates follow the chosen language, not the server's.</summary>
public sealed class CultureFormattingTests(ManyContactsFixture app) : IClassFixture<ManyContactsFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("pl")]
    [InlineData("ru")]
    public async Task The_contact_total_is_formatted_for_the_culture(string culture)
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var switched = await client.SwitchLanguageAsync(culture);

        var page = await client.GetDocumentAsync("/Contacts");

        var expected = ManyContactsFixture.Count.ToString("N0", new CultureInfo(culture));
        Assert.Equal(expected, page.QuerySelector("[data-testid=total]")?.TextContent.Trim());
        Assert.NotEqual("1234", expected);
    }

    [Fact]
    public async Task Polish_groups_thousands_differently_from_english()
    {
        var english = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var polish = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var switched = await polish.SwitchLanguageAsync("pl");

        var inEnglish = (await english.GetDocumentAsync("/Contacts")).QuerySelector("[data-testid=total]")?.TextContent.Trim();
        var inPolish = (await polish.GetDocumentAsync("/Contacts")).QuerySelector("[data-testid=total]")?.TextContent.Trim();

        Assert.Equal("1,234", inEnglish);
        Assert.NotEqual(inEnglish, inPolish);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pl")]
    [InlineData("lt")]
    public async Task The_created_date_is_a_short_date_of_the_culture(string culture)
    {
        var client = await app.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var switched = await client.SwitchLanguageAsync(culture);

        var page = await client.GetDocumentAsync("/Contacts");

        var firstRow = page.QuerySelector("table.contact-list tbody tr")!;
        var id = int.Parse(firstRow.QuerySelector("td.name-cell > a")!.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture);
        var createdAt = app.Contacts.Single(c => c.Id == id).CreatedAt;
        Assert.Equal(createdAt.ToString("d", new CultureInfo(culture)), firstRow.QuerySelectorAll("td")[^1].TextContent.Trim());
    }
}
