using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.AccessClasses;

/// <summary>Admin > Access classes: only admins, and what they do shows at once.</summary>
public sealed class AccessClassAdministrationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[]
            {
                ("GET", ""), ("GET", "/New"), ("POST", "/New"), ("GET", "/{0}/Edit"), ("POST", "/{0}/Edit"), ("POST", "/{0}/Delete"),
                ("POST", "/{0}/Users"), ("POST", "/{0}/Users/{1}/Revoke"), ("POST", "/{0}/Roles"), ("POST", "/{0}/Roles/SalesRep/Revoke"),
            })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_access_class_action(string role, string method, string path)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"denied-{tag}@test.local";
        var userId = await factory.CreateUserAsync(email, role);
        var name = "Guarded " + tag;
        var id = await AccessClassBuilder.SaveAsync(factory, name, userId);
        var client = await factory.SignedInClientAsync(email);
        var url = "/Admin/AccessClasses" + string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id, userId);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"),
                ("Name", "Taken " + tag), ("userId", userId), ("role", Roles.SalesRep));

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        var stored = await factory.WithDbAsync(db => db.AccessClasses.Where(a => a.Id == id)
            .Select(a => new { a.Name, Users = a.UserGrants.Count, Roles = a.RoleGrants.Count }).SingleOrDefaultAsync());
        Assert.Equal(new { Name = name, Users = 1, Roles = 0 }, stored);
        Assert.False(await factory.WithDbAsync(db => db.AccessClasses.AnyAsync(a => a.Name == "Taken " + tag)));
    }

    [Fact]
    public async Task An_admin_creates_a_class_and_sees_it_listed_from_the_admin_menu()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var name = "Key accounts " + Guid.NewGuid().ToString("N")[..6];
        var form = await admin.GetDocumentAsync("/Admin/AccessClasses/New");

        using var response = await admin.SubmitAsync(form, "form[action='/Admin/AccessClasses/New']",
            new Dictionary<string, string?> { ["Name"] = name, ["Description"] = "Największe konta" });

        Assert.Equal("/Admin/AccessClasses", response.RedirectPath());
        var list = await admin.GetDocumentAsync("/Admin/AccessClasses");
        Assert.NotNull(list.QuerySelector($"[data-access-class='{name}']"));
        Assert.NotNull(list.QuerySelector("a.dropdown-item[href='/Admin/AccessClasses']"));
    }

    [Fact]
    public async Task A_name_taken_in_another_case_is_refused_next_to_the_field()
    {
        var name = "Blacklist " + Guid.NewGuid().ToString("N")[..6];
        await AccessClassBuilder.SaveAsync(factory, name);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync("/Admin/AccessClasses/New");

        using var response = await admin.SubmitAsync(form, "form[action='/Admin/AccessClasses/New']",
            new Dictionary<string, string?> { ["Name"] = name.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.ToDocumentAsync()).ValidationMessageFor("Name")));
        var key = name.ToLowerInvariant();
        Assert.Equal(1, await factory.WithDbAsync(db => db.AccessClasses.CountAsync(a => a.NameKey == key)));
    }

    [Fact]
    public async Task An_admin_grants_a_class_to_a_user_from_the_list_and_revokes_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"grantee-{tag}@test.local", Roles.SalesRep, "Grantee " + tag);
        var id = await AccessClassBuilder.SaveAsync(factory, "Region North " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Admin/AccessClasses");

        using var grant = await admin.SubmitAsync(list, $"form[action='/Admin/AccessClasses/{id}/Users']", new Dictionary<string, string?> { ["userId"] = repId });
        var granted = await admin.GetDocumentAsync("/Admin/AccessClasses");
        using var revoke = await admin.SubmitAsync(granted, $"form[action='/Admin/AccessClasses/{id}/Users/{repId}/Revoke']", new Dictionary<string, string?>());

        Assert.Equal("/Admin/AccessClasses", grant.RedirectPath());
        Assert.NotNull(granted.QuerySelector($"[data-granted-user='Grantee {tag}']"));
        Assert.Equal("/Admin/AccessClasses", revoke.RedirectPath());
        Assert.False(await factory.WithDbAsync(db => db.AccessClassUserGrants.AnyAsync(g => g.AccessClassId == id)));
    }

    [Fact]
    public async Task Deleting_a_class_leaves_its_contacts_without_a_class()
    {
        var id = await AccessClassBuilder.SaveAsync(factory, "Doomed " + Guid.NewGuid().ToString("N")[..6]);
        var contactId = await ContactBuilder.Person("Ewa", "Klasowa").InAccessClass(id).SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Admin/AccessClasses");

        using var response = await admin.SubmitAsync(list, $"form[action='/Admin/AccessClasses/{id}/Delete']", new Dictionary<string, string?>());

        Assert.Equal("/Admin/AccessClasses", response.RedirectPath());
        Assert.False(await factory.WithDbAsync(db => db.AccessClasses.AnyAsync(a => a.Id == id)));
        Assert.Null(await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.AccessClassId).SingleAsync()));
    }

    [Fact]
    public async Task Posting_to_a_class_that_does_not_exist_answers_not_found()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync("/Admin/AccessClasses");

        using var response = await admin.PostWithTokenAsync("/Admin/AccessClasses/987654/Delete", token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
