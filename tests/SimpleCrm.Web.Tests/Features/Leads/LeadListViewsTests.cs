using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadBoard;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Leads;

/// <summary>The lead list's views over HTTP: state in the URL, groups, columns, saved filters and mass actions, each through the visibility rule.</summary>
public sealed class LeadListViewsTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Bulk = "form[data-testid=bulk-bar]";

    [Fact]
    public async Task Two_statuses_and_a_grouping_in_the_url_are_shown_ticked_and_every_link_keeps_them()
    {
        var tag = LeadBoardScene.NewTag();
        var fresh = await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 30);
        var working = await factory.SeedAsync(tag, LeadBoardScene.InProgress, 2);
        await factory.SeedAsync(tag, "LeadStatuses.ProposalSent", 1);
        var newId = await factory.StatusIdAsync(LeadBoardScene.NewStatus);
        var inProgressId = await factory.StatusIdAsync(LeadBoardScene.InProgress);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var list = await client.GetDocumentAsync($"/Leads?Search={tag}&StatusIds={newId}&StatusIds={inProgressId}&Group=Status&Sort=Name&Descending=false");

        Assert.Equal([newId.ToString(CultureInfo.InvariantCulture), inProgressId.ToString(CultureInfo.InvariantCulture)],
            list.QuerySelectorAll("input[name=StatusIds]:checked").Select(i => i.GetAttribute("value")));
        Assert.Equal("Status", list.QuerySelector("select[name=Group] option[selected]")?.GetAttribute("value"));
        Assert.Equal("32", list.QuerySelector("[data-testid=total]")?.TextContent.Trim());
        var groups = list.QuerySelectorAll("[data-testid=group-row]");
        Assert.Equal("New", Assert.Single(groups).QuerySelector(".lead-status-badge")?.TextContent.Trim());
        Assert.Contains("30", groups[0].QuerySelector("[data-testid=group-count]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(fresh.Take(25).Select(id => $"/Leads/{id}"), list.RowLinks());
        var next = list.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("Group=Status", next, StringComparison.Ordinal);
        Assert.Contains($"StatusIds%5B1%5D={inProgressId}", next, StringComparison.Ordinal);

        var second = await client.GetDocumentAsync(next);
        Assert.Equal(2, second.QuerySelectorAll("[data-testid=group-row]").Length);
        Assert.Equal(fresh.Skip(25).Concat(working).Select(id => $"/Leads/{id}"), second.RowLinks());
    }

    [Fact]
    public async Task A_hidden_column_leaves_the_table_and_its_header_for_this_user_only_and_the_name_stays()
    {
        var tag = LeadBoardScene.NewTag();
        await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 1);
        await factory.CreateUserAsync($"{tag}@columns.test", Roles.Manager);
        var client = await factory.SignedInClientAsync($"{tag}@columns.test");
        var list = await client.GetDocumentAsync($"/Leads?Search={tag}");
        Assert.NotNull(list.QuerySelector("th[data-column=source]"));

        using var saved = await client.SubmitAsync(list, "form[data-testid=column-picker]", new Dictionary<string, string?> { ["columns"] = null },
            [new("columns", "status"), new("columns", "amount"), new("columns", "no-such-column")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetDocumentAsync(saved.RedirectTarget());
        Assert.Equal(["name", "status", "amount"], after.QuerySelectorAll("th[data-column]").Select(th => th.GetAttribute("data-column")));
        Assert.Null(after.QuerySelector("th[data-column=source] a"));
        Assert.NotNull(after.QuerySelector("th[data-column=amount] a[aria-sort]"));
        Assert.False(after.QuerySelector("input[name=columns][value=source]")!.HasAttribute("checked"));
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var adminList = await admin.GetDocumentAsync($"/Leads?Search={tag}");
        Assert.NotNull(adminList.QuerySelector("th[data-column=source]"));
    }

    [Fact]
    public async Task A_saved_filter_becomes_a_quick_link_to_its_query_a_second_one_of_the_same_name_is_refused_and_only_its_owner_deletes_it()
    {
        var tag = LeadBoardScene.NewTag();
        await factory.CreateUserAsync($"{tag}@filters.test", Roles.SalesRep);
        await factory.CreateUserAsync($"{tag}@other.test", Roles.SalesRep);
        var client = await factory.SignedInClientAsync($"{tag}@filters.test");
        var inProgressId = await factory.StatusIdAsync(LeadBoardScene.InProgress);
        var list = await client.GetDocumentAsync($"/Leads?Search={tag}&StatusIds={inProgressId}&Group=CreatedMonth&Page=3");

        using var saved = await client.SubmitAsync(list, "form[data-testid=save-filter]", new Dictionary<string, string?> { ["name"] = "Moje w toku" });
        var after = await client.GetDocumentAsync(saved.RedirectTarget());
        using var again = await client.SubmitAsync(after, "form[data-testid=save-filter]", new Dictionary<string, string?> { ["name"] = "MOJE W TOKU" });
        var refused = await client.GetDocumentAsync(again.RedirectTarget());

        var link = Assert.Single(after.QuerySelectorAll("[data-testid=saved-filter] a"));
        Assert.Equal("Moje w toku", link.TextContent.Trim());
        Assert.Equal($"/Leads?Search={tag}&StatusIds%5B0%5D={inProgressId}&Group=CreatedMonth", link.GetAttribute("href"));
        Assert.Equal("true", link.GetAttribute("aria-current"));
        Assert.Contains(ResourceFile.English("Leads.Filters.NameTaken"), refused.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Single(refused.QuerySelectorAll("[data-testid=saved-filter]"));

        var filterId = await factory.WithDbAsync(db => db.SavedLeadFilters.Where(f => f.Name == "Moje w toku" && db.Users.Any(u => u.Id == f.OwnerId && u.Email == $"{tag}@filters.test")).Select(f => f.Id).SingleAsync());
        var other = await factory.SignedInClientAsync($"{tag}@other.test");
        using var byOther = await other.PostWithTokenAsync($"/Leads/Filters/{filterId}/Delete", await other.AntiforgeryTokenAsync("/Leads"));
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        using var byOwner = await client.SubmitAsync(after, $"#delete-filter-{filterId}");
        Assert.Equal(HttpStatusCode.Redirect, byOwner.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.SavedLeadFilters.AnyAsync(f => f.Id == filterId)));
    }

    [Fact]
    public async Task Moving_two_ticked_leads_says_how_many_went_where_writes_their_history_and_comes_back_to_the_same_list()
    {
        var tag = LeadBoardScene.NewTag();
        var ids = await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 3);
        var inProgressId = await factory.StatusIdAsync(LeadBoardScene.InProgress);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await client.GetDocumentAsync($"/Leads?Search={tag}&Sort=Name");

        using var response = await client.SubmitAsync(list, Bulk, new Dictionary<string, string?> { ["bulk.StatusId"] = inProgressId.ToString(CultureInfo.InvariantCulture) },
            [new("bulk.Action", "ChangeStatus"), new("bulk.Ids", ids[0].ToString(CultureInfo.InvariantCulture)), new("bulk.Ids", ids[2].ToString(CultureInfo.InvariantCulture))]);

        Assert.Equal($"/Leads?Search={tag}&Sort=Name", response.RedirectTarget());
        var after = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains("Leads moved to “In progress”: 2.", after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([inProgressId, await factory.StatusIdAsync(LeadBoardScene.NewStatus), inProgressId], [(await factory.StateAsync(ids[0])).StatusId, (await factory.StateAsync(ids[1])).StatusId, (await factory.StateAsync(ids[2])).StatusId]);
        var history = await client.GetDocumentAsync($"/Leads/{ids[0]}/History");
        Assert.Contains("New → In progress", history.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_converted_status_posted_to_the_mass_action_is_refused_with_a_message_and_the_bar_does_not_offer_it()
    {
        var tag = LeadBoardScene.NewTag();
        var ids = await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 1);
        var converted = await factory.StatusIdAsync("LeadStatuses.Converted");
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await client.GetDocumentAsync($"/Leads?Search={tag}");
        Assert.Null(list.QuerySelector($"{Bulk} select[name='bulk.StatusId'] option[value='{converted}']"));

        using var response = await client.SubmitAsync(list, Bulk, new Dictionary<string, string?> { ["bulk.StatusId"] = converted.ToString(CultureInfo.InvariantCulture) },
            [new("bulk.Action", "ChangeStatus"), new("bulk.Ids", ids[0].ToString(CultureInfo.InvariantCulture))]);

        var after = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains(ResourceFile.English("Leads.Bulk.ConvertInstead"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(await factory.StatusIdAsync(LeadBoardScene.NewStatus), (await factory.StateAsync(ids[0])).StatusId);
    }

    [Fact]
    public async Task A_sales_rep_posting_another_reps_lead_ids_or_all_matching_changes_only_their_own_leads()
    {
        var tag = LeadBoardScene.NewTag();
        var repId = await factory.CreateUserAsync($"{tag}@rep.test", Roles.SalesRep);
        var otherId = await factory.CreateUserAsync($"{tag}@other-rep.test", Roles.SalesRep);
        var own = await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 1, responsibleUserId: repId);
        var theirs = await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 2, responsibleUserId: otherId);
        var before = await factory.StateAsync(theirs[0]);
        var client = await factory.SignedInClientAsync($"{tag}@rep.test");
        var list = await client.GetDocumentAsync($"/Leads?Search={tag}");

        using var forged = await client.SubmitAsync(list, Bulk, null, [new("bulk.Action", "Delete"), new("bulk.Ids", theirs[0].ToString(CultureInfo.InvariantCulture))]);
        var afterForged = await client.GetDocumentAsync(forged.RedirectTarget());
        using var all = await client.SubmitAsync(list, Bulk, new Dictionary<string, string?> { ["bulk.AllMatching"] = "true" }, [new("bulk.Action", "Delete")]);

        Assert.Contains(ResourceFile.English("Leads.Bulk.NoneSelected"), afterForged.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        var deleted = await factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().Where(l => l.Name.StartsWith(tag) && l.IsDeleted).Select(l => l.Id).ToListAsync());
        Assert.Equal(own, deleted);
        Assert.Equal(before, await factory.StateAsync(theirs[0]));
        Assert.False(await factory.WithDbAsync(db => db.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Lead && theirs.Contains(h.RecordId))));
    }

    [Theory]
    [InlineData("/Leads/Bulk")]
    [InlineData("/Leads/Columns")]
    [InlineData("/Leads/Filters")]
    [InlineData("/Leads/Filters/1/Delete")]
    public async Task Every_post_of_the_list_refuses_a_request_without_an_antiforgery_token(string url)
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.PostWithoutTokenAsync(url, ("bulk.Action", "Delete"), ("bulk.AllMatching", "true"), ("name", "x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/Leads/Duplicates")]
    [InlineData("/Leads?Group=Status")]
    public async Task The_pages_send_a_visitor_to_sign_in(string url)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
