using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LostReasons;

/// <summary>Admin > Lost reasons: only admins, and what they change shows at once.</summary>
public sealed class LostReasonAdministrationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/LostReasons";

    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[]
            {
                ("GET", ""), ("GET", "/New"), ("POST", "/New"), ("GET", "/{0}/Edit"), ("POST", "/{0}/Edit"),
                ("POST", "/{0}/Archive"), ("POST", "/{0}/Restore"), ("POST", "/{0}/Up"), ("POST", "/{0}/Down"), ("POST", "/Order"),
            })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_lost_reason_action(string role, string method, string path)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"denied-{tag}@test.local";
        await factory.CreateUserAsync(email, role);
        var before = await ReasonsAsync();
        var client = await factory.SignedInClientAsync(email);
        var url = Page + string.Format(CultureInfo.InvariantCulture, path, before[^1].Id);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"),
                [("Name", "Taken " + tag), .. before.Select(r => ("ids", r.Id.ToString(CultureInfo.InvariantCulture))).Reverse()]);

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        Assert.Equal(before, await ReasonsAsync());
    }

    [Fact]
    public async Task An_admin_adds_a_reason_renames_it_moves_it_up_and_archives_and_restores_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var created = await admin.SubmitAsync(await admin.GetDocumentAsync(Page + "/New"), $"form[action='{Page}/New']", new Dictionary<string, string?> { ["Name"] = "Termin " + tag });
        var id = await factory.WithDbAsync(db => db.LostReasons.Where(r => r.Name == "Termin " + tag).Select(r => r.Id).SingleAsync());
        using var renamed = await admin.SubmitAsync(await admin.GetDocumentAsync($"{Page}/{id}/Edit"), $"form[action='{Page}/{id}/Edit']", new Dictionary<string, string?> { ["Name"] = "Zły termin " + tag });
        using var up = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), $"form[action='{Page}/{id}/Up']");
        using var archived = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), $"form[action='{Page}/{id}/Archive']");
        var whileArchived = await admin.GetDocumentAsync(Page);
        using var restored = await admin.SubmitAsync(whileArchived, $"form[action='{Page}/{id}/Restore']");

        Assert.All([created, renamed, up, archived, restored], r => Assert.Equal(Page, r.RedirectPath()));
        var rows = whileArchived.QuerySelectorAll("tr[data-lost-reason]");
        Assert.Equal("Zły termin " + tag, rows[rows.Length - 2].GetAttribute("data-lost-reason"));
        var stored = await factory.WithDbAsync(db => db.LostReasons.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(("Zły termin " + tag, false), (stored.Name, stored.IsArchived));
    }

    [Fact]
    public async Task A_taken_name_is_refused_next_to_the_field()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync(Page + "/New"), $"form[action='{Page}/New']", new Dictionary<string, string?> { ["Name"] = "NO BUDGET" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English(PipelineMessages.LostReasonNameTaken), (await response.ToDocumentAsync()).ValidationMessageFor("Name"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LostReasons.CountAsync(r => r.NameKey == "no budget")));
    }

    private Task<List<(int Id, string Name, int Position, bool IsArchived)>> ReasonsAsync() =>
        factory.WithDbAsync(async db => (await db.LostReasons.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Name, r.Position, r.IsArchived }).ToListAsync()).Select(r => (r.Id, r.Name, r.Position, r.IsArchived)).ToList());
}
