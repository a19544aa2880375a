using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Features.LeadBoard;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadBoard;

public sealed class LeadBoardTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static readonly string[] KanbanStatuses = ["LeadStatuses.New", "LeadStatuses.NotContacted", "LeadStatuses.InProgress", "LeadStatuses.ProposalSent"];

    [Fact]
    public async Task The_board_shows_the_kanban_statuses_in_order_with_their_counts_totals_and_cards()
    {
        var tag = LeadBoardScene.NewTag();
        var manager = await factory.CreateUserAsync($"board-manager-{tag}@test.local", Roles.Manager, "Anna Maria Kowalska");
        var fresh = await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 2, 1000.25m, "PLN", manager);
        await factory.SeedAsync(tag, LeadBoardScene.InProgress, 1);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var board = await client.GetDocumentAsync($"/Leads/Kanban?Search={tag}");

        Assert.Equal(
            KanbanStatuses.Select(ResourceFile.English).ToList(),
            board.QuerySelectorAll("[data-board-column] h2").Select(h => h.TextContent.Trim()).ToList());
        Assert.Equal(["2", "0", "1", "0"], board.QuerySelectorAll("[data-board-column]").Select(c => c.Count()).ToList());
        var newColumn = board.Column(await factory.StatusIdAsync(LeadBoardScene.NewStatus));
        Assert.Equal("2,000.50 PLN", newColumn.QuerySelector("[data-testid=column-total]")?.TextContent.Trim());
        Assert.Equal(fresh, newColumn.CardIds());
        var card = newColumn.QuerySelector("[data-testid=board-card]")!;
        Assert.Equal($"/Leads/{fresh[0]}", card.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Firma " + tag, card.TextContent, StringComparison.Ordinal);
        Assert.Equal("1,000.25 PLN", card.QuerySelector("[data-testid=card-amount]")?.TextContent.Trim());
        Assert.Equal("Anna Maria Kowalska", card.QuerySelector(".lead-board-initials")?.GetAttribute("title"));
        Assert.Equal("AK", card.QuerySelector(".lead-board-initials")?.TextContent.Trim());
        Assert.Contains(ResourceFile.English("LeadBoard.AgeDays").Replace("{0}", "0", StringComparison.Ordinal), card.TextContent, StringComparison.Ordinal);
        Assert.Equal((await factory.StateAsync(fresh[0])).Version.ToString(), card.GetAttribute("data-version"));
    }

    [Fact]
    public async Task A_card_dropped_in_another_column_is_saved_there_above_the_card_it_was_dropped_on()
    {
        var tag = LeadBoardScene.NewTag();
        var moving = (await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 1))[0];
        var target = await factory.SeedAsync(tag, LeadBoardScene.InProgress, 2);
        var inProgress = await factory.StatusIdAsync(LeadBoardScene.InProgress);
        var before = await factory.StateAsync(moving);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Leads/Kanban");

        using var response = await client.PostWithTokenAsync("/Leads/Kanban/Move", token,
            ("leadId", Id(moving)), ("statusId", Id(inProgress)), ("beforeId", Id(target[1])), ("version", before.Version.ToString()));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = await factory.StateAsync(moving);
        Assert.Equal(inProgress, after.StatusId);
        Assert.Equal(after.Version.ToString(), Assert.Single(response.Headers.GetValues(LeadBoardController.VersionHeader)));
        var board = await client.GetDocumentAsync($"/Leads/Kanban?Search={tag}");
        Assert.Equal([target[0], moving, target[1]], board.Column(inProgress).CardIds());
        Assert.Equal("3", board.Column(inProgress).Count());
        Assert.Equal("0", board.Column(await factory.StatusIdAsync(LeadBoardScene.NewStatus)).Count());
    }

    [Fact]
    public async Task A_card_moved_with_the_new_version_can_be_moved_again()
    {
        var tag = LeadBoardScene.NewTag();
        var moving = (await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 1))[0];
        var inProgress = await factory.StatusIdAsync(LeadBoardScene.InProgress);
        var newStatus = await factory.StatusIdAsync(LeadBoardScene.NewStatus);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Leads/Kanban");
        using var first = await client.PostWithTokenAsync("/Leads/Kanban/Move", token,
            ("leadId", Id(moving)), ("statusId", Id(inProgress)), ("version", (await factory.StateAsync(moving)).Version.ToString()));

        using var second = await client.PostWithTokenAsync("/Leads/Kanban/Move", token,
            ("leadId", Id(moving)), ("statusId", Id(newStatus)), ("version", Assert.Single(first.Headers.GetValues(LeadBoardController.VersionHeader))));

        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(newStatus, (await factory.StateAsync(moving)).StatusId);
    }

    [Fact]
    public async Task A_move_with_a_stale_version_is_refused_with_the_reason_and_changes_nothing()
    {
        var tag = LeadBoardScene.NewTag();
        var moving = (await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 1))[0];
        var inProgress = await factory.StatusIdAsync(LeadBoardScene.InProgress);
        var before = await factory.StateAsync(moving);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Leads/Kanban");

        using var response = await client.PostWithTokenAsync("/Leads/Kanban/Move", token,
            ("leadId", Id(moving)), ("statusId", Id(inProgress)), ("version", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(ResourceFile.English("Error.ConcurrencyConflict"), (await response.Content.ReadFromJsonAsync<MoveRefusal>())?.Message);
        Assert.Equal(before, await factory.StateAsync(moving));
    }

    [Fact]
    public async Task A_card_dropped_on_a_converted_status_is_refused_with_convert_instead()
    {
        var tag = LeadBoardScene.NewTag();
        var moving = (await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 1))[0];
        var converted = await factory.StatusIdAsync("LeadStatuses.Converted");
        var before = await factory.StateAsync(moving);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Leads/Kanban");

        using var response = await client.PostWithTokenAsync("/Leads/Kanban/Move", token,
            ("leadId", Id(moving)), ("statusId", Id(converted)), ("version", before.Version.ToString()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(ResourceFile.English(LeadMessages.ConvertInstead), (await response.Content.ReadFromJsonAsync<MoveRefusal>())?.Message);
        Assert.Equal(before, await factory.StateAsync(moving));
    }

    [Fact]
    public async Task A_sales_rep_gets_not_found_moving_another_reps_lead_and_never_sees_it_on_the_board()
    {
        var tag = LeadBoardScene.NewTag();
        var ownerEmail = $"board-owner-{tag}@test.local";
        var repEmail = $"board-rep-{tag}@test.local";
        await factory.CreateUserAsync(ownerEmail, Roles.SalesRep);
        await factory.CreateUserAsync(repEmail, Roles.SalesRep);
        var owner = await factory.SignedInClientAsync(ownerEmail);
        var foreign = await owner.CreatedLeadAsync("Cudzy " + tag);
        var rep = await factory.SignedInClientAsync(repEmail);
        var own = await rep.CreatedLeadAsync("Własny " + tag);
        var before = await factory.StateAsync(foreign);
        var token = await rep.AntiforgeryTokenAsync("/Leads/Kanban");

        using var response = await rep.PostWithTokenAsync("/Leads/Kanban/Move", token,
            ("leadId", Id(foreign)), ("statusId", Id(await factory.StatusIdAsync(LeadBoardScene.InProgress))), ("version", before.Version.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.StateAsync(foreign));
        var board = await rep.GetDocumentAsync($"/Leads/Kanban?Search={tag}");
        Assert.Equal([own], board.CardIds());
        Assert.DoesNotContain("Cudzy", board.Body!.TextContent, StringComparison.Ordinal);
        var cards = await rep.GetDocumentAsync($"/Leads/Kanban/Columns/{before.StatusId}/Cards?Search={tag}");
        Assert.Equal([own], cards.CardIds());
    }

    [Fact]
    public async Task A_column_shows_its_first_fifty_cards_and_the_rest_on_scrolling()
    {
        var tag = LeadBoardScene.NewTag();
        var seeded = await factory.SeedAsync(tag, LeadBoardScene.NewStatus, 55);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var board = await client.GetDocumentAsync($"/Leads/Kanban?Search={tag}");

        var column = board.Column(await factory.StatusIdAsync(LeadBoardScene.NewStatus));
        Assert.Equal("55", column.Count());
        Assert.Equal(seeded.Take(50), column.CardIds());
        var next = column.QuerySelector("[data-board-more]")?.GetAttribute("data-board-more");
        Assert.NotNull(next);
        var rest = await client.GetDocumentAsync(next);
        Assert.Equal(seeded.Skip(50), rest.CardIds());
        Assert.Null(rest.QuerySelector("[data-board-more]"));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record MoveRefusal(string Message);
}
