using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadStatuses;

/// <summary>Admin > Lead statuses: only admins, and what they change shows at once.</summary>
public sealed class LeadStatusAdministrationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/LeadStatuses";

    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[]
            {
                ("GET", ""), ("GET", "/New"), ("POST", "/New"), ("GET", "/{0}/Edit"), ("POST", "/{0}/Edit"), ("POST", "/{0}/Delete"),
                ("POST", "/{0}/Up"), ("POST", "/{0}/Down"), ("POST", "/Order"),
            })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_lead_status_action(string role, string method, string path)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"denied-{tag}@test.local";
        await factory.CreateUserAsync(email, role);
        var before = await OrderAsync();
        var id = before[^1].Id;
        var client = await factory.SignedInClientAsync(email);
        var url = Page + string.Format(CultureInfo.InvariantCulture, path, id);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"),
                [("Name", "Taken " + tag), ("Color", "#000000"), ("Meaning", "Open"), .. before.Select(s => ("ids", s.Id.ToString(CultureInfo.InvariantCulture))).Reverse()]);

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        Assert.Equal(before, await OrderAsync());
        Assert.False(await factory.WithDbAsync(db => db.LeadStatuses.AnyAsync(s => s.Name == "Taken " + tag)));
    }

    [Fact]
    public async Task An_admin_sees_the_seeded_statuses_in_order_in_their_language_from_the_admin_menu()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var list = await admin.GetDocumentAsync(Page);

        Assert.NotNull(list.QuerySelector($"a.dropdown-item[href='{Page}']"));
        Assert.NotNull(list.QuerySelector("a.dropdown-item[href='/Admin/LeadSources']"));
        var names = list.QuerySelectorAll("tr[data-lead-status]").Select(r => r.GetAttribute("data-lead-status")).ToList();
        Assert.Equal(["New", "Not contacted", "In progress", "Proposal sent", "Converted", "Junk"], names.Intersect(["New", "Not contacted", "In progress", "Proposal sent", "Converted", "Junk"]));
        Assert.NotNull(list.QuerySelector("tbody[data-reorder-url='/Admin/LeadStatuses/Order']"));
        Assert.NotNull(list.QuerySelector("script[src^='/lib/sortable/Sortable.min.js']"));
        Assert.Equal("#0d6efd", list.QuerySelector("tr[data-lead-status='New'] svg rect")?.GetAttribute("fill"));
    }

    [Fact]
    public async Task An_admin_creates_a_status_which_lists_last_with_its_colour_and_meaning()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var name = "Spotkanie " + Guid.NewGuid().ToString("N")[..6];
        var form = await admin.GetDocumentAsync(Page + "/New");

        using var response = await admin.SubmitAsync(form, $"form[action='{Page}/New']",
            new Dictionary<string, string?> { ["Name"] = name, ["Color"] = "#aa3366", ["Meaning"] = "Junk" });

        Assert.Equal(Page, response.RedirectPath());
        var list = await admin.GetDocumentAsync(Page);
        var rows = list.QuerySelectorAll("tr[data-lead-status]");
        var row = rows[rows.Length - 1];
        Assert.Equal(name, row.GetAttribute("data-lead-status"));
        Assert.Equal("#aa3366", row.QuerySelector("svg rect")?.GetAttribute("fill"));
        var stored = await factory.WithDbAsync(db => db.LeadStatuses.SingleAsync(s => s.Name == name));
        Assert.Equal((LeadStatusMeaning.Junk, true), (stored.Meaning, stored.ShowOnKanban));
    }

    [Fact]
    public async Task A_bad_colour_and_a_taken_name_are_refused_next_to_their_fields()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync(Page + "/New");

        using var response = await admin.SubmitAsync(form, $"form[action='{Page}/New']",
            new Dictionary<string, string?> { ["Name"] = "new", ["Color"] = "blue" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.False(string.IsNullOrWhiteSpace(page.ValidationMessageFor("Name")));
        Assert.False(string.IsNullOrWhiteSpace(page.ValidationMessageFor("Color")));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LeadStatuses.CountAsync(s => s.Name == "New")));
    }

    [Fact]
    public async Task Editing_a_seeded_status_hints_its_translation_and_unticking_the_switch_hides_it_from_the_kanban()
    {
        var id = await factory.WithDbAsync(db => db.LeadStatuses.Where(s => s.ResourceKey == "LeadStatuses.ProposalSent").Select(s => s.Id).SingleAsync());
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync($"{Page}/{id}/Edit");

        using var response = await admin.SubmitAsync(form, $"form[action='{Page}/{id}/Edit']",
            new Dictionary<string, string?> { ["ShowOnKanban"] = "false" });

        Assert.Contains("Proposal sent", form.QuerySelector(".form-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Page, response.RedirectPath());
        var stored = await factory.WithDbAsync(db => db.LeadStatuses.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("Proposal sent", "LeadStatuses.ProposalSent", false), (stored.Name, stored.ResourceKey, stored.ShowOnKanban));
    }

    [Fact]
    public async Task The_drag_and_drop_order_saved_with_the_header_token_is_kept_and_a_stale_one_is_refused()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync(Page);
        var ids = (await OrderAsync()).Select(s => s.Id).ToList();
        int[] reversed = [.. Enumerable.Reverse(ids)];

        using var saved = await PostOrderAsync(admin, token, reversed);
        var afterSave = (await OrderAsync()).Select(s => s.Id).ToList();
        using var stale = await PostOrderAsync(admin, token, [.. ids.Skip(1)]);
        var list = await admin.GetDocumentAsync(Page);

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(reversed, afterSave);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(reversed, (await OrderAsync()).Select(s => s.Id));
        Assert.Contains(ResourceFile.English(LeadConfigurationMessages.StatusOrderOutdated), list.QuerySelector(".alert")?.TextContent, StringComparison.Ordinal);
        await PostOrderAsync(admin, token, [.. ids]);
    }

    [Fact]
    public async Task The_up_button_moves_a_status_one_place_without_javascript()
    {
        var ids = (await OrderAsync()).Select(s => s.Id).ToList();
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync(Page);

        using var response = await admin.SubmitAsync(list, $"form[action='{Page}/{ids[1]}/Up']", new Dictionary<string, string?>());

        Assert.Equal(Page, response.RedirectPath());
        Assert.Equal([ids[1], ids[0], .. ids.Skip(2)], (await OrderAsync()).Select(s => s.Id));
        var token = await admin.AntiforgeryTokenAsync(Page);
        await PostOrderAsync(admin, token, [.. ids]);
    }

    [Fact]
    public async Task Deleting_a_status_a_lead_carries_is_refused_with_the_reason()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await factory.WithDbAsync(async db =>
        {
            var status = new LeadStatus { Name = "Busy " + tag, Position = 100 };
            db.LeadStatuses.Add(status);
            await db.SaveChangesAsync();
            var lead = new Lead { Name = "Lead " + tag, StatusId = status.Id, SourceId = await db.LeadSources.Select(s => s.Id).FirstAsync(), Version = Guid.NewGuid(), IsDeleted = true };
            lead.RefreshDerivedFields();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return status.Id;
        });
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync(Page);

        using var response = await admin.SubmitAsync(list, $"form[action='{Page}/{id}/Delete']", new Dictionary<string, string?>());
        var after = await admin.GetDocumentAsync(Page);

        Assert.Equal(Page, response.RedirectPath());
        Assert.Contains(ResourceFile.English(LeadConfigurationMessages.StatusInUse), after.QuerySelector(".alert")?.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.LeadStatuses.AnyAsync(s => s.Id == id)));
    }

    [Fact]
    public async Task Posting_to_a_status_that_does_not_exist_answers_not_found()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync(Page);

        using var response = await admin.PostWithTokenAsync(Page + "/987654/Delete", token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<List<(int Id, int Position)>> OrderAsync() =>
        factory.WithDbAsync(async db => (await db.LeadStatuses.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Position }).ToListAsync()).Select(s => (s.Id, s.Position)).ToList());

    /// <summary>Posts the order as reorder.js does: the ids as form fields, the token in the header.</summary>
    private static async Task<HttpResponseMessage> PostOrderAsync(HttpClient client, string token, IEnumerable<int> ids)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Page + "/Order", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString(CultureInfo.InvariantCulture)))),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await client.SendAsync(request);
    }
}
