using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.DealBoard;

/// <summary>A pipeline's kanban board (deal-board.js): the page, more cards of a column, and the drag that moves a card.</summary>
[Route("Pipelines")]
public sealed class DealBoardController(
    Application.Deals.DealBoard board,
    DealMoves moves,
    UserDirectory users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The header that carries a moved card's new concurrency token, so it can be dragged again.</summary>
    public const string VersionHeader = "X-Deal-Version";

    /// <summary>The first active pipeline's board; a page saying there is none when the admin has archived them all.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var pipelines = await board.PipelinesAsync(cancellationToken);
        return pipelines.Count > 0 ? RedirectToAction(nameof(Board), new { id = pipelines[0].Id }) : View("Empty");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Board([FromRoute] int id, [FromQuery] DealFilter filter, CancellationToken cancellationToken)
    {
        var view = await board.BoardAsync(id, filter, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        return View("Index", new DealBoardViewModel(
            view, filter, await users.ListActiveAsync(cancellationToken), await board.LostReasonsAsync(cancellationToken), clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The next cards of a column after the last one shown, for the column's infinite scroll.</summary>
    [HttpGet("{id:int}/Columns/{stageId:int}/Cards")]
    public async Task<IActionResult> Cards(
        [FromRoute] int id, [FromRoute] int stageId, [FromQuery] DealFilter filter, long? afterRank, int? afterId, CancellationToken cancellationToken) =>
        PartialView("_Cards", new DealBoardCardsViewModel(
            id, stageId, await board.CardsAsync(id, stageId, filter, afterRank, afterId, cancellationToken), filter, clock.GetUtcNow().UtcDateTime));

    /// <summary>
    /// A card dropped in a column, above <paramref name="beforeId"/> (or at its bottom). 204 with the new
    /// version in <see cref="VersionHeader"/>; 409 with the reason when the deal changed meanwhile, the
    /// stage is not the deal's pipeline's or a Lost column got no reason; 404 for a deal the user may not see.
    /// </summary>
    [HttpPost("Move")]
    public async Task<IActionResult> Move(int dealId, int stageId, int? beforeId, Guid version, int? lostReasonId, CancellationToken cancellationToken)
    {
        var result = await moves.MoveCardAsync(dealId, stageId, beforeId, version, lostReasonId, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            return Conflict(new { message = string.Join(" ", result.Failures.Select(f => localizer[f.MessageKey].Value)) });
        }

        Response.Headers[VersionHeader] = result.Value.ToString();
        return NoContent();
    }
}
