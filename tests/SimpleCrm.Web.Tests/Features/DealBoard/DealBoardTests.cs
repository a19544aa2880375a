using System.Net;
using System.Net.Http.Json;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Features.DealBoard;
using SimpleCrm.Web.Tests.Support;
using static SimpleCrm.Web.Tests.Features.DealBoard.DealBoardScene;

namespace SimpleCrm.Web.Tests.Features.DealBoard;

/// <summary>The pipeline board over HTTP: what it shows, the drag that moves a card, and who may do what.</summary>
public sealed class DealBoardTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_board_shows_each_stage_with_its_count_total_weighted_total_and_cards_linking_to_the_deal()
    {
        var (pipeline, stages) = await factory.PipelineAsync("Board page " + Guid.NewGuid().ToString("N")[..6]);
        var contact = await factory.ContactAsync("Tablicowy");
        var first = await factory.DealAsync(stages[2], contact, "Serwis", 1000m, rank: 1);
        await factory.DealAsync(stages[2], contact, "Licencja", 500m, rank: 2);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var board = await client.GetDocumentAsync($"/Pipelines/{pipeline}");

        Assert.Equal(6, board.QuerySelectorAll("[data-board-column]").Length);
        var column = board.Column(stages[2]);
        Assert.Equal("2", column.Text("column-count"));
        Assert.Equal("1,500.00 PLN", column.Text("column-total"));
        Assert.Contains("750.00 PLN", column.Text("column-weighted"), StringComparison.Ordinal);
        var card = column.QuerySelector("[data-testid=board-card]")!;
        Assert.Equal($"/Deals/{first}", card.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Serwis", card.Text("card-label"));
        Assert.Equal((await factory.DealStateAsync(first)).Version.ToString(), card.GetAttribute("data-version"));
        Assert.Equal($"/Pipelines/{pipeline}/AddClients", board.QuerySelector("[data-testid=add-clients]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Pipelines_in_the_menu_open_the_first_active_pipeline()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var first = await factory.WithDbAsync(db => Task.FromResult(db.Pipelines.Where(p => !p.IsArchived).OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => p.Id).First()));

        using var response = await client.GetAsync(new Uri("/Pipelines", UriKind.Relative));

        Assert.Equal($"/Pipelines/{first}", response.RedirectPath());
    }

    [Fact]
    public async Task A_dropped_card_is_saved_in_its_new_column_and_a_stale_one_is_refused_with_the_reason()
    {
        var (pipeline, stages) = await factory.PipelineAsync("Board move " + Guid.NewGuid().ToString("N")[..6]);
        var contact = await factory.ContactAsync("Ruchomy");
        var moving = await factory.DealAsync(stages[0], contact, "Moving");
        var before = await factory.DealStateAsync(moving);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync($"/Pipelines/{pipeline}");

        using var moved = await client.PostWithTokenAsync("/Pipelines/Move", token, ("dealId", Id(moving)), ("stageId", Id(stages[4])), ("version", before.Version.ToString()));
        using var stale = await client.PostWithTokenAsync("/Pipelines/Move", token, ("dealId", Id(moving)), ("stageId", Id(stages[1])), ("version", before.Version.ToString()));

        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        var after = await factory.DealStateAsync(moving);
        Assert.Equal(stages[4], after.StageId);
        Assert.Equal(after.Version.ToString(), Assert.Single(moved.Headers.GetValues(DealBoardController.VersionHeader)));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(ResourceFile.English(Messages.ConcurrencyConflict), (await stale.Content.ReadFromJsonAsync<MoveRefusal>())?.Message);
        Assert.Equal(after, await factory.DealStateAsync(moving));
    }

    [Fact]
    public async Task A_card_dropped_in_lost_without_a_reason_is_refused_with_the_reason()
    {
        var (pipeline, stages) = await factory.PipelineAsync("Board lost " + Guid.NewGuid().ToString("N")[..6]);
        var moving = await factory.DealAsync(stages[0], await factory.ContactAsync("Przegrany"), "Lost");
        var before = await factory.DealStateAsync(moving);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.PostWithTokenAsync("/Pipelines/Move", await client.AntiforgeryTokenAsync($"/Pipelines/{pipeline}"),
            ("dealId", Id(moving)), ("stageId", Id(stages[5])), ("version", before.Version.ToString()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(ResourceFile.English(DealBoardMessages.LostReasonRequired), (await response.Content.ReadFromJsonAsync<MoveRefusal>())?.Message);
        Assert.Equal(before, await factory.DealStateAsync(moving));
    }

    [Fact]
    public async Task A_sales_rep_sees_only_their_deals_and_gets_not_found_moving_another_reps_deal()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repEmail = $"deal-rep-{tag}@test.local";
        var rep = await factory.CreateUserAsync(repEmail, Roles.SalesRep);
        var colleague = await factory.CreateUserAsync($"deal-colleague-{tag}@test.local", Roles.SalesRep);
        var (pipeline, stages) = await factory.PipelineAsync("Board rep " + tag);
        var own = await factory.DealAsync(stages[0], await factory.ContactAsync("Własny", rep), "Own");
        var foreign = await factory.DealAsync(stages[0], await factory.ContactAsync("Cudzy", colleague), "Foreign");
        var before = await factory.DealStateAsync(foreign);
        var client = await factory.SignedInClientAsync(repEmail);
        var token = await client.AntiforgeryTokenAsync($"/Pipelines/{pipeline}");

        using var response = await client.PostWithTokenAsync("/Pipelines/Move", token, ("dealId", Id(foreign)), ("stageId", Id(stages[1])), ("version", before.Version.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.DealStateAsync(foreign));
        var board = await client.GetDocumentAsync($"/Pipelines/{pipeline}");
        Assert.Equal([own], board.CardIds());
        Assert.Equal("1", board.Column(stages[0]).Text("column-count"));
        var cards = await client.GetDocumentAsync($"/Pipelines/{pipeline}/Columns/{stages[0]}/Cards");
        Assert.Equal([own], cards.CardIds());
        var list = await client.GetDocumentAsync($"/Pipelines/{pipeline}/List");
        Assert.Equal([own], list.QuerySelectorAll("[data-testid=deal-row]").Select(r => int.Parse(r.GetAttribute("data-deal-id")!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_move_without_the_antiforgery_token_is_refused_and_nothing_moves()
    {
        var (_, stages) = await factory.PipelineAsync("Board token " + Guid.NewGuid().ToString("N")[..6]);
        var moving = await factory.DealAsync(stages[0], await factory.ContactAsync("Bezżetonowy"), "Token");
        var before = await factory.DealStateAsync(moving);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await client.PostWithoutTokenAsync("/Pipelines/Move", ("dealId", Id(moving)), ("stageId", Id(stages[1])), ("version", before.Version.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.DealStateAsync(moving));
    }

    [Theory]
    [InlineData("/Pipelines")]
    [InlineData("/Pipelines/1")]
    [InlineData("/Pipelines/1/List")]
    [InlineData("/Pipelines/1/Export?format=Csv")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("/Account/Login", response.RedirectPath());
    }

    [Fact]
    public async Task A_manager_sorts_the_list_by_value_and_exports_it_with_formulas_neutralised()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var managerEmail = $"deal-manager-{tag}@test.local";
        await factory.CreateUserAsync(managerEmail, Roles.Manager);
        var (pipeline, stages) = await factory.PipelineAsync("List " + tag);
        var contact = await factory.ContactAsync("Listowy");
        var small = await factory.DealAsync(stages[0], contact, "Small", 10m);
        var big = await factory.DealAsync(stages[1], contact, "=cmd", 900m);
        var client = await factory.SignedInClientAsync(managerEmail);

        var list = await client.GetDocumentAsync($"/Pipelines/{pipeline}/List?Sort=Value&Descending=true");
        var csv = await client.GetStringAsync(new Uri($"/Pipelines/{pipeline}/Export?format=Csv&Sort=Value&Descending=false", UriKind.Relative));

        Assert.Equal([big, small], list.QuerySelectorAll("[data-testid=deal-row]").Select(r => int.Parse(r.GetAttribute("data-deal-id")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("descending", list.QuerySelector("[data-testid=sort-Value]")?.GetAttribute("aria-sort"));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("Small", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'=cmd,", lines[2], StringComparison.Ordinal);
    }

    private sealed record MoveRefusal(string Message);
}
