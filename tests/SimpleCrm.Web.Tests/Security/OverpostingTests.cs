using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Security;

/// <summary>ASVS 5.1.2: forms bind their input models, so fields a form does not show change nothing.</summary>
public sealed class OverpostingTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static readonly Guid PostedVersion = Guid.Parse("0badc0de-0000-0000-0000-000000000001");

    [Fact]
    public async Task Creating_a_contact_with_extra_fields_sets_none_of_them()
    {
        var otherId = await factory.CreateUserAsync("overpost-create@test.local", Roles.SalesRep);
        var adminId = await UserIdAsync(CrmWebFactory.AdminEmail);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await client.GetDocumentAsync("/Contacts/New?kind=Person");

        using var response = await client.SubmitAsync(form, "form[data-contact-form]",
            new Dictionary<string, string?> { ["Input.FirstName"] = "Ola", ["Input.LastName"] = "Overpost" },
            [.. Extra(otherId), new("Version", PostedVersion.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.RedirectTarget().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var saved = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().SingleAsync(c => c.Id == id));
        Assert.NotEqual(4242, saved.Id);
        Assert.Equal(adminId, saved.CreatedById);
        Assert.Equal(adminId, saved.UpdatedById);
        Assert.False(saved.IsDeleted);
        Assert.Null(saved.DeletedById);
        Assert.NotEqual(PostedVersion, saved.Version);
        Assert.Equal("Ola Overpost", saved.DisplayName);
        Assert.DoesNotContain("injected", saved.SearchText, StringComparison.Ordinal);
        Assert.True(saved.CreatedAt > new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Editing_a_contact_with_extra_fields_sets_none_of_them()
    {
        var otherId = await factory.CreateUserAsync("overpost-edit@test.local", Roles.SalesRep);
        var id = await ContactBuilder.Person("Edyta", "Overpost").SaveAsync(factory);
        var before = await factory.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id));
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await client.GetDocumentAsync($"/Contacts/{id}/Edit");

        using var response = await client.SubmitAsync(form, "form[data-contact-form]",
            new Dictionary<string, string?> { ["Input.Position"] = "Buyer" },
            Extra(otherId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("Buyer", after.Position);
        Assert.Equal(before.CreatedById, after.CreatedById);
        Assert.Equal(before.CreatedAt, after.CreatedAt);
        Assert.False(after.IsDeleted);
        Assert.Null(after.DeletedById);
        Assert.NotEqual(PostedVersion, after.Version);
        Assert.Equal("Edyta Overpost", after.DisplayName);
    }

    [Fact]
    public async Task Creating_a_user_with_extra_fields_sets_none_of_them()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await client.GetDocumentAsync("/Admin/Users/New");

        using var response = await client.SubmitAsync(form, "form[action='/Admin/Users/New']",
            new Dictionary<string, string?>
            {
                ["DisplayName"] = "Overposted User",
                ["Email"] = "overposted-user@test.local",
                ["Password"] = CrmWebFactory.Password,
            },
            [
                new("Id", "fixed-user-id"), new("IsActive", "false"), new("LockoutEnabled", "false"),
                new("EmailConfirmed", "false"), new("SecurityStamp", "known"), new("AccessFailedCount", "-100"),
            ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "overposted-user@test.local"));
        Assert.NotEqual("fixed-user-id", user.Id);
        Assert.True(user.IsActive);
        Assert.True(user.LockoutEnabled);
        Assert.True(user.EmailConfirmed);
        Assert.NotEqual("known", user.SecurityStamp);
        Assert.Equal(0, user.AccessFailedCount);
    }

    [Fact]
    public async Task An_id_in_the_form_body_does_not_turn_a_delete_to_another_contact()
    {
        var meant = await ContactBuilder.Person("Meant", "ToGo").SaveAsync(factory);
        var other = await ContactBuilder.Person("Other", "ToStay").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Contacts");

        using var response = await client.PostWithTokenAsync($"/Contacts/{meant}/Delete", token, ("id", other.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var deleted = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().Where(c => c.IsDeleted && (c.Id == meant || c.Id == other)).Select(c => c.Id).ToListAsync());
        Assert.Equal([meant], deleted);
    }

    [Fact]
    public async Task An_id_in_the_form_body_does_not_turn_a_deactivation_to_another_user()
    {
        var meant = await factory.CreateUserAsync("deactivate-meant@test.local", Roles.SalesRep);
        var other = await factory.CreateUserAsync("deactivate-other@test.local", Roles.SalesRep);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Admin/Users");

        using var response = await client.PostWithTokenAsync($"/Admin/Users/{meant}/Deactivate", token, ("id", other));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var inactive = await factory.WithDbAsync(db => db.Users.Where(u => !u.IsActive && (u.Id == meant || u.Id == other)).Select(u => u.Id).ToListAsync());
        Assert.Equal([meant], inactive);
    }

    private static KeyValuePair<string, string>[] Extra(string otherUserId) =>
    [
        new("Input.Id", "4242"), new("Id", "4242"),
        new("Input.CreatedById", otherUserId), new("CreatedById", otherUserId),
        new("Input.UpdatedById", otherUserId),
        new("Input.CreatedAt", "2000-01-01"), new("CreatedAt", "2000-01-01"),
        new("Input.IsDeleted", "true"), new("IsDeleted", "true"),
        new("Input.DeletedById", otherUserId), new("DeletedById", otherUserId),
        new("Input.Version", PostedVersion.ToString()),
        new("Input.DisplayName", "Injected Name"), new("Input.SearchText", "injected"),
    ];

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return user!.Id;
    }
}
