using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Contacts;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Localization;

/// <summary>A date field posts ISO dates in every language, and the profile shows them the language's way.</summary>
public sealed class DateInputTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("en")]
    [InlineData("pl")]
    [InlineData("lt")]
    [InlineData("sk")]
    [InlineData("ru")]
    public async Task A_birth_date_round_trips_in_every_language(string culture)
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var switched = await client.SwitchLanguageAsync(culture);

        using var created = await client.CreatePersonAsync(new Dictionary<string, string?> { ["Input.LastName"] = $"Born-{culture}", ["Input.BirthDate"] = "1990-05-17" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.ProfileId();
        Assert.Equal(new DateOnly(1990, 5, 17), await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.BirthDate).SingleAsync()));
        var profile = await client.GetDocumentAsync($"/Contacts/{id}");
        Assert.Contains(new DateOnly(1990, 5, 17).ToString("d", new CultureInfo(culture)), profile.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        var form = await client.GetDocumentAsync($"/Contacts/{id}/Edit");
        Assert.Equal("1990-05-17", form.QuerySelector("input[name='Input.BirthDate']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_birth_date_in_the_future_is_refused()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var response = await client.CreatePersonAsync(new Dictionary<string, string?> { ["Input.LastName"] = "Unborn", ["Input.BirthDate"] = tomorrow });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English("Contacts.BirthDateInFuture"), (await response.ToDocumentAsync()).ValidationMessageFor("Input.BirthDate"));
    }

    [Fact]
    public async Task A_date_that_is_no_date_gets_the_localized_message_not_the_frameworks()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.CreatePersonAsync(new Dictionary<string, string?> { ["Input.LastName"] = "Baddate", ["Input.BirthDate"] = "31.02.abc" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English("Validation.InvalidValue"), (await response.ToDocumentAsync()).ValidationMessageFor("Input.BirthDate"));
        Assert.False(await factory.WithDbAsync(db => db.Contacts.AnyAsync(c => c.LastName == "Baddate")));
    }
}
