using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadSources;

/// <summary>Admin > Lead sources: only admins, and what they change shows at once.</summary>
public sealed class LeadSourceAdministrationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/LeadSources";

    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[]
            {
                ("GET", ""), ("GET", "/New"), ("POST", "/New"), ("GET", "/{0}/Edit"), ("POST", "/{0}/Edit"), ("POST", "/{0}/Delete"),
                ("POST", "/{0}/Retire"), ("POST", "/{0}/Reactivate"), ("POST", "/{0}/Up"), ("POST", "/{0}/Down"), ("POST", "/Order"),
            })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_lead_source_action(string role, string method, string path)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"denied-{tag}@test.local";
        await factory.CreateUserAsync(email, role);
        var before = await SourcesAsync();
        var id = before[^1].Id;
        var client = await factory.SignedInClientAsync(email);
        var url = Page + string.Format(CultureInfo.InvariantCulture, path, id);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"),
                [("Name", "Taken " + tag), .. before.Select(s => ("ids", s.Id.ToString(CultureInfo.InvariantCulture))).Reverse()]);

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        Assert.Equal(before, await SourcesAsync());
    }

    [Fact]
    public async Task An_admin_creates_a_source_renames_it_and_retires_and_reactivates_it_from_the_list()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync(Page + "/New");

        using var created = await admin.SubmitAsync(form, $"form[action='{Page}/New']", new Dictionary<string, string?> { ["Name"] = "Targi " + tag });
        var id = await factory.WithDbAsync(db => db.LeadSources.Where(s => s.Name == "Targi " + tag).Select(s => s.Id).SingleAsync());
        var edit = await admin.GetDocumentAsync($"{Page}/{id}/Edit");
        using var renamed = await admin.SubmitAsync(edit, $"form[action='{Page}/{id}/Edit']", new Dictionary<string, string?> { ["Name"] = "Expo " + tag });
        using var retired = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), $"form[action='{Page}/{id}/Retire']");
        var whileRetired = await admin.GetDocumentAsync(Page);
        using var reactivated = await admin.SubmitAsync(whileRetired, $"form[action='{Page}/{id}/Reactivate']");

        Assert.All([created, renamed, retired, reactivated], r => Assert.Equal(Page, r.RedirectPath()));
        var rows = whileRetired.QuerySelectorAll("tr[data-lead-source]");
        Assert.Equal("Expo " + tag, rows[rows.Length - 1].GetAttribute("data-lead-source"));
        Assert.NotNull(whileRetired.QuerySelector($"form[action='{Page}/{id}/Reactivate']"));
        var stored = await factory.WithDbAsync(db => db.LeadSources.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("Expo " + tag, true), (stored.Name, stored.IsActive));
    }

    [Fact]
    public async Task A_taken_name_is_refused_next_to_the_field()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync(Page + "/New");

        using var response = await admin.SubmitAsync(form, $"form[action='{Page}/New']", new Dictionary<string, string?> { ["Name"] = "WEBSITE" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English(LeadConfigurationMessages.SourceNameTaken), (await response.ToDocumentAsync()).ValidationMessageFor("Name"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LeadSources.CountAsync(s => s.Name == "Website" || s.Name == "WEBSITE")));
    }

    [Fact]
    public async Task The_drag_and_drop_order_is_saved_with_the_header_token()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync(Page);
        var ids = (await SourcesAsync()).Select(s => s.Id).ToList();
        int[] rotated = [.. ids.Skip(1), ids[0]];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Page + "/Order", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(rotated.Select(id => new KeyValuePair<string, string>("ids", id.ToString(CultureInfo.InvariantCulture)))),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(rotated, (await SourcesAsync()).Select(s => s.Id));
    }

    private Task<List<(int Id, string Name, int Position, bool IsActive)>> SourcesAsync() =>
        factory.WithDbAsync(async db => (await db.LeadSources.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.Position, s.IsActive }).ToListAsync()).Select(s => (s.Id, s.Name, s.Position, s.IsActive)).ToList());
}
