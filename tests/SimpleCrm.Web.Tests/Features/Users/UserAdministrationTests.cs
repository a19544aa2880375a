using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Users;

/// <summary>Admin > Users: only admins, and what they do takes effect at once.</summary>
public sealed class UserAdministrationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string NewPassword = "Brand-New-Password-77";

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.SalesRep)]
    public async Task Users_other_than_admins_are_denied_the_user_administration(string role)
    {
        var email = $"not-admin-{role.ToLowerInvariant()}@test.local";
        await factory.CreateUserAsync(email, role);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync("/Contacts");

        using var list = await client.GetAsync(new Uri("/Admin/Users", UriKind.Relative));
        using var create = await client.PostWithTokenAsync("/Admin/Users/New", token,
            ("DisplayName", "Sneaky"), ("Email", $"sneaky-{role}@test.local"), ("Role", Roles.Admin), ("Password", CrmWebFactory.Password));

        Assert.Equal("/Account/AccessDenied", list.RedirectPath());
        Assert.Equal("/Account/AccessDenied", create.RedirectPath());
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == $"sneaky-{role}@test.local")));
    }

    [Fact]
    public async Task An_admin_sees_the_user_administration()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.GetAsync(new Uri("/Admin/Users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ToDocumentAsync()).QuerySelector($"tr[data-user='{CrmWebFactory.AdminEmail}']"));
    }

    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in_with_that_role()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync("/Admin/Users/New");

        using var response = await admin.SubmitAsync(form, "form[action='/Admin/Users/New']", new Dictionary<string, string?>
        {
            ["DisplayName"] = "Nowy Menedżer",
            ["Email"] = "nowy.manager@test.local",
            ["Role"] = Roles.Manager,
            ["Password"] = NewPassword,
        });

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        var list = await admin.GetDocumentAsync("/Admin/Users");
        Assert.Contains(ResourceFile.English("Users.Created"), list.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Roles.Manager, SelectedRole(list, "nowy.manager@test.local"));
        Assert.Equal([Roles.Manager], await RolesOfAsync("nowy.manager@test.local"));
        using var signIn = await factory.CreateBrowserlikeClient().SignInAsync("nowy.manager@test.local", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_localized_message_and_creates_no_user()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync("/Admin/Users/New");

        using var response = await admin.SubmitAsync(form, "form[action='/Admin/Users/New']", new Dictionary<string, string?>
        {
            ["DisplayName"] = "Weak Password",
            ["Email"] = "weak@test.local",
            ["Role"] = Roles.SalesRep,
            ["Password"] = "Ab1-short",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English("Identity.PasswordTooShort"), page.ValidationMessageFor("Password"));
        Assert.Equal("weak@test.local", page.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "weak@test.local")));
    }

    [Fact]
    public async Task An_admin_changes_a_users_role()
    {
        await factory.CreateUserAsync("promoted@test.local", Roles.SalesRep);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Admin/Users");

        using var response = await admin.SubmitAsync(list, RowForm("promoted@test.local", "Role"), new Dictionary<string, string?> { ["role"] = Roles.Manager });

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        Assert.Equal([Roles.Manager], await RolesOfAsync("promoted@test.local"));
        Assert.Equal(Roles.Manager, SelectedRole(await admin.GetDocumentAsync("/Admin/Users"), "promoted@test.local"));
    }

    [Fact]
    public async Task A_deactivated_user_is_signed_out_at_their_next_request_and_cannot_sign_in_again()
    {
        await factory.CreateUserAsync("leaver@test.local", Roles.SalesRep);
        var leaver = await factory.SignedInClientAsync("leaver@test.local");
        using var before = await leaver.GetAsync(new Uri("/Contacts", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Admin/Users");

        using var response = await admin.SubmitAsync(list, RowForm("leaver@test.local", "Deactivate"));

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        using var after = await leaver.GetAsync(new Uri("/Contacts", UriKind.Relative));
        Assert.Equal("/Account/Login", after.RedirectPath());
        using var signIn = await factory.CreateBrowserlikeClient().SignInAsync("leaver@test.local", CrmWebFactory.Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal([ResourceFile.English("Account.Deactivated")], (await signIn.ToDocumentAsync()).SummaryErrors());
        var row = (await admin.GetDocumentAsync("/Admin/Users")).QuerySelector("tr[data-user='leaver@test.local']");
        Assert.Contains(ResourceFile.English("Users.Inactive"), row?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_for_a_deactivated_account_reads_like_any_wrong_password()
    {
        await factory.CreateUserAsync("hidden-leaver@test.local", Roles.SalesRep);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var deactivated = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/Users"), RowForm("hidden-leaver@test.local", "Deactivate"));

        using var wrong = await factory.CreateBrowserlikeClient().SignInAsync("hidden-leaver@test.local", "Not-The-Password-1");
        using var unknown = await factory.CreateBrowserlikeClient().SignInAsync("nobody-at-all@test.local", "Not-The-Password-1");

        Assert.Equal([ResourceFile.English("Account.InvalidCredentials")], (await wrong.ToDocumentAsync()).SummaryErrors());
        Assert.Equal((await unknown.ToDocumentAsync()).SummaryErrors(), (await wrong.ToDocumentAsync()).SummaryErrors());
    }

    [Fact]
    public async Task A_reactivated_user_can_sign_in_again()
    {
        await factory.CreateUserAsync("returner@test.local", Roles.SalesRep);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var deactivated = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/Users"), RowForm("returner@test.local", "Deactivate"));

        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/Users"), RowForm("returner@test.local", "Activate"));

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        using var signIn = await factory.CreateBrowserlikeClient().SignInAsync("returner@test.local", CrmWebFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_password_reset_lets_the_user_sign_in_with_the_new_password_only()
    {
        await factory.CreateUserAsync("forgetful@test.local", Roles.SalesRep);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Admin/Users");

        using var response = await admin.SubmitAsync(list, RowForm("forgetful@test.local", "Password"), new Dictionary<string, string?> { ["newPassword"] = NewPassword });

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        Assert.Contains(ResourceFile.English("Users.PasswordReset"), (await admin.GetDocumentAsync("/Admin/Users")).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        using var withNew = await factory.CreateBrowserlikeClient().SignInAsync("forgetful@test.local", NewPassword);
        using var withOld = await factory.CreateBrowserlikeClient().SignInAsync("forgetful@test.local", CrmWebFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
    }

    [Fact]
    public async Task A_weak_reset_password_is_refused_with_the_localized_message()
    {
        await factory.CreateUserAsync("weak-reset@test.local", Roles.SalesRep);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Admin/Users");

        using var response = await admin.SubmitAsync(list, RowForm("weak-reset@test.local", "Password"), new Dictionary<string, string?> { ["newPassword"] = "Ab1-short" });

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        Assert.Contains(ResourceFile.English("Identity.PasswordTooShort"), (await admin.GetDocumentAsync("/Admin/Users")).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        using var withOld = await factory.CreateBrowserlikeClient().SignInAsync("weak-reset@test.local", CrmWebFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, withOld.StatusCode);
    }

    [Fact]
    public async Task A_password_reset_ends_the_users_other_sessions()
    {
        await factory.CreateUserAsync("reset-session@test.local", Roles.SalesRep);
        var session = await factory.SignedInClientAsync("reset-session@test.local");
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/Users"), RowForm("reset-session@test.local", "Password"), new Dictionary<string, string?> { ["newPassword"] = NewPassword });

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        using var after = await session.GetAsync(new Uri("/Contacts", UriKind.Relative));
        Assert.Equal("/Account/Login", after.RedirectPath());
    }

    [Fact]
    public async Task A_password_reset_lifts_a_lockout()
    {
        await factory.CreateUserAsync("locked-reset@test.local", Roles.SalesRep);
        var visitor = factory.CreateBrowserlikeClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await visitor.SignInAsync("locked-reset@test.local", "Wrong-Password-2026");
        }

        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Admin/Users");
        Assert.Contains(ResourceFile.English("Users.LockedOut"), list.QuerySelector("tr[data-user='locked-reset@test.local']")?.TextContent, StringComparison.Ordinal);

        using var response = await admin.SubmitAsync(list, RowForm("locked-reset@test.local", "Password"), new Dictionary<string, string?> { ["newPassword"] = NewPassword });

        using var signIn = await factory.CreateBrowserlikeClient().SignInAsync("locked-reset@test.local", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_role_change_ends_the_users_session_and_applies_at_their_next_sign_in()
    {
        await factory.CreateUserAsync("rising@test.local", Roles.SalesRep);
        var othersContact = await ContactBuilder.Person("Someone", "Elses").SaveAsync(factory);
        var session = await factory.SignedInClientAsync("rising@test.local");
        using var before = await session.GetAsync(new Uri($"/Contacts/{othersContact}", UriKind.Relative));
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/Users"), RowForm("rising@test.local", "Role"), new Dictionary<string, string?> { ["role"] = Roles.Manager });

        using var ended = await session.GetAsync(new Uri("/Contacts", UriKind.Relative));
        var again = await factory.SignedInClientAsync("rising@test.local");
        using var after = await again.GetAsync(new Uri($"/Contacts/{othersContact}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal("/Account/Login", ended.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_take_away_their_own_admin_role()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Admin/Users");

        using var response = await admin.SubmitAsync(list, RowForm(CrmWebFactory.AdminEmail, "Role"), new Dictionary<string, string?> { ["role"] = Roles.SalesRep });

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        Assert.Equal([Roles.Admin], await RolesOfAsync(CrmWebFactory.AdminEmail));
        Assert.Contains(ResourceFile.English("Users.CannotDemoteSelf"), (await admin.GetDocumentAsync("/Admin/Users")).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_themselves()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        var token = await admin.AntiforgeryTokenAsync("/Admin/Users");

        // Posted directly: whether the page offers the button or not, the server must refuse.
        using var response = await admin.PostWithTokenAsync($"/Admin/Users/{adminId}/Deactivate", token);

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        var after = await admin.GetAsync(new Uri("/Admin/Users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(ResourceFile.English("Users.CannotDeactivateSelf"), (await after.ToDocumentAsync()).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.IsActive).SingleAsync()));
    }

    private static string RowForm(string email, string action) => $"tr[data-user='{email}'] form[action$='/{action}']";

    private static string? SelectedRole(IDocument list, string email) =>
        list.QuerySelector($"tr[data-user='{email}'] select[name=role] option[selected]")?.GetAttribute("value");

    private async Task<IList<string>> RolesOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}
