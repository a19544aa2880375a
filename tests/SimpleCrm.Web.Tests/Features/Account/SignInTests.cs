using System.Net;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Account;

public sealed class SignInTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_seeded_admin_signs_in_and_is_greeted_by_name_on_contacts()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var response = await client.GetAsync(new Uri("/Contacts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        var currentUser = page.QuerySelector("[data-testid=current-user]");
        Assert.Equal("Administrator", currentUser?.TextContent.Trim());
        Assert.Equal(CrmWebFactory.AdminEmail, currentUser?.GetAttribute("title"));
    }

    [Theory]
    [InlineData(true, "Wrong-Password-2026")]
    [InlineData(false, CrmWebFactory.Password)]
    public async Task A_wrong_password_or_an_unknown_email_gets_the_same_message(bool userExists, string password)
    {
        var email = $"signin-{Guid.NewGuid():N}@test.local";
        if (userExists)
        {
            await factory.CreateUserAsync(email, Roles.SalesRep);
        }

        var client = factory.CreateBrowserlikeClient();

        using var response = await client.SignInAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([ResourceFile.English("Account.InvalidCredentials")], (await response.ToDocumentAsync()).SummaryErrors());
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_sixth_attempt_is_refused_even_with_the_right_one()
    {
        await factory.CreateUserAsync("lockout@test.local", Roles.SalesRep);
        var client = factory.CreateBrowserlikeClient();
        var messages = new List<IReadOnlyList<string>>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SignInAsync("lockout@test.local", $"Wrong-Password-{attempt}");
            messages.Add((await wrong.ToDocumentAsync()).SummaryErrors());
        }

        using var right = await client.SignInAsync("lockout@test.local", CrmWebFactory.Password);

        Assert.All(messages.Take(4), m => Assert.Equal([ResourceFile.English("Account.InvalidCredentials")], m));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal([ResourceFile.English("Account.LockedOut")], (await right.ToDocumentAsync()).SummaryErrors());
        using var contacts = await client.GetAsync(new Uri("/Contacts", UriKind.Relative));
        Assert.Equal("/Account/Login", contacts.RedirectPath());
    }

    [Fact]
    public async Task Fewer_than_five_failures_do_not_lock_the_account()
    {
        await factory.CreateUserAsync("four-failures@test.local", Roles.SalesRep);
        var client = factory.CreateBrowserlikeClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SignInAsync("four-failures@test.local", "Wrong-Password-2026");
        }

        using var right = await client.SignInAsync("four-failures@test.local", CrmWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example")]
    public async Task Signing_in_never_redirects_to_another_site(string returnUrl)
    {
        var client = factory.CreateBrowserlikeClient();

        using var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
            [new("Email", CrmWebFactory.AdminEmail), new("Password", CrmWebFactory.Password), new("ReturnUrl", returnUrl)],
            "form[action='/Account/Login']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectTarget());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var page = await client.GetDocumentAsync("/Contacts");

        using var signOut = await client.SubmitAsync(page, "form[action='/Account/Logout']");
        using var after = await client.GetAsync(new Uri("/Contacts", UriKind.Relative));

        Assert.Equal("/Account/Login", signOut.RedirectPath());
        Assert.Equal("/Account/Login", after.RedirectPath());
    }
}
