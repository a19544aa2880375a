using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Selection;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Contacts;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Bulk;

/// <summary>Bulk actions on the selection basket or on every contact a filter matches; big ones run in the background.</summary>
[Route("Bulk")]
public sealed class BulkController(
    BulkContactActions actions,
    SelectionBasket basket,
    SegmentQueries segments,
    UserDirectory users,
    AccessClassAdministration accessClasses,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The most contacts one merge takes.</summary>
    private const int MergeLimit = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContactListQuery query, CancellationToken cancellationToken) =>
        query.SegmentId is { } segmentId && !await segments.IsUsableAsync(segmentId, cancellationToken)
            ? NotFound()
            : View(await FormAsync(query, new BulkInput(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Index([FromForm] ContactListQuery query, [Bind(Prefix = "Input")] BulkInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await actions.StartAsync(ToRequest(query, input), cancellationToken);
            if (result.Succeeded && result.Value!.JobId is { } jobId)
            {
                return RedirectToAction(nameof(Job), new { id = jobId });
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Bulk.Done", result.Value!.Affected, result.Value.Total]);
                return RedirectToAction("Index", "Contacts", ContactListViewModel.RouteValues(query with { Page = 1 }));
            }

            ModelState.AddFailures(result.Failures, localizer, "Input");
        }

        return View(await FormAsync(query, input, cancellationToken));
    }

    [HttpGet("Jobs/{id:guid}")]
    public async Task<IActionResult> Job(Guid id, CancellationToken cancellationToken) =>
        await actions.FindJobAsync(id, cancellationToken) is { } job ? View(BulkJobViewModel.From(job)) : NotFound();

    /// <summary>The progress fragment the job page polls until the job is finished.</summary>
    [HttpGet("Jobs/{id:guid}/Progress")]
    public async Task<IActionResult> Progress(Guid id, CancellationToken cancellationToken) =>
        await actions.FindJobAsync(id, cancellationToken) is { } job ? PartialView("_Progress", BulkJobViewModel.From(job)) : NotFound();

    /// <summary>Opens the merge of the basket's contacts (2 to 10 of them).</summary>
    [HttpGet("Merge")]
    public async Task<IActionResult> MergeSelected(CancellationToken cancellationToken)
    {
        var ids = await basket.IdsAsync(MergeLimit + 1, cancellationToken);
        if (ids.Count is < 2 or > MergeLimit)
        {
            TempData.Flash(localizer["Bulk.MergeCount"]);
            return RedirectToAction("Index", "Contacts", new { Selected = true });
        }

        return Redirect(Url.Content("~/Contacts/Merge") + "?" + string.Join('&', ids.Select(id => "ids=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static BulkRequest ToRequest(ContactListQuery query, BulkInput input) => new()
    {
        Action = input.Action!.Value,
        Query = query with { Page = 1 },
        Tags = input.Tags,
        ListId = input.ListId,
        ResponsibleUserId = input.ResponsibleUserId,
        AccessClassId = input.AccessClassId,
    };

    private async Task<BulkFormViewModel> FormAsync(ContactListQuery query, BulkInput input, CancellationToken cancellationToken) => new(
        query with { Page = 1 },
        await actions.CountAsync(query, cancellationToken),
        input,
        await actions.ListOptionsAsync(cancellationToken),
        await users.ListActiveAsync(cancellationToken),
        Roles.SeeAll.Any(User.IsInRole) ? await accessClasses.OptionsAsync(cancellationToken) : null);
}
