using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.LeadConversion;

namespace SimpleCrm.Web.Features.LeadBoard;

/// <summary>The kanban board of leads (lead-board.js): the page, more cards of a column, and the drag that moves a card.</summary>
[Route("Leads/Kanban")]
public sealed class LeadBoardController(
    Application.Leads.LeadBoard board,
    LeadCommands commands,
    LeadOptionQueries options,
    UserDirectory users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The header that carries a moved card's new concurrency token, so it can be dragged again.</summary>
    public const string VersionHeader = "X-Lead-Version";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] LeadBoardQuery query, CancellationToken cancellationToken) =>
        View(new LeadBoardViewModel(
            await board.ColumnsAsync(query, cancellationToken),
            query,
            await options.GetAsync(query.SourceId, cancellationToken),
            await users.ListActiveAsync(cancellationToken),
            clock.GetUtcNow().UtcDateTime));

    /// <summary>The next cards of a column after the last one shown, for the column's infinite scroll.</summary>
    [HttpGet("Columns/{statusId:int}/Cards")]
    public async Task<IActionResult> Cards([FromRoute] int statusId, [FromQuery] LeadBoardQuery query, long? afterRank, int? afterId, CancellationToken cancellationToken) =>
        PartialView("_Cards", new LeadBoardCardsViewModel(
            statusId,
            await board.CardsAsync(query, statusId, afterRank, afterId, cancellationToken),
            query,
            clock.GetUtcNow().UtcDateTime));

    /// <summary>
    /// A card dropped in a column, above <paramref name="beforeId"/> (or at its bottom). 204 with the new
    /// version in <see cref="VersionHeader"/>; 409 with the reason when the lead changed meanwhile or the
    /// status asks for a conversion (then with the conversion page's address); 404 for a lead the user may not see.
    /// </summary>
    [HttpPost("Move")]
    public async Task<IActionResult> Move(int leadId, int statusId, int? beforeId, Guid version, CancellationToken cancellationToken)
    {
        var result = await commands.MoveCardAsync(leadId, statusId, beforeId, version, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            // A Converted column is the conversion: the card goes back and the board offers its page.
            var convertUrl = result.Failures.Any(f => f.MessageKey == LeadMessages.ConvertInstead)
                ? Url.Action(nameof(LeadConversionController.Index), "LeadConversion", new { id = leadId, statusId })
                : null;
            return Conflict(new { message = string.Join(" ", result.Failures.Select(f => localizer[f.MessageKey].Value)), convertUrl, convertText = localizer["LeadConversion.Action"].Value });
        }

        Response.Headers[VersionHeader] = result.Value.ToString();
        return NoContent();
    }
}
