using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Preferences;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.LeadList;

/// <summary>
/// What the lead list posts: mass actions on the ticked (or all matching) leads, the user's column
/// choice and saved filters. Each answers with a redirect back to the list and a flash message.
/// </summary>
[Route("Leads")]
public sealed class LeadListController(IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>A mass action. The list's state comes with it, so "all matching" means that filter and the user returns to it.</summary>
    [HttpPost("Bulk")]
    public async Task<IActionResult> Bulk(
        [Bind(Prefix = "bulk")] LeadBulkRequest bulk, [FromForm] LeadListQuery query, string? returnUrl, [FromServices] LeadBulkActions actions, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await actions.ApplyAsync(bulk with { Query = query }, cancellationToken)
            : Result<LeadBulkOutcome>.Fail(new Failure(Messages.InvalidValue));
        TempData.Flash(result.Succeeded ? Done(result.Value!) : string.Join(" ", result.Failures.Select(f => localizer[f.MessageKey].Value)));
        return BackToList(returnUrl, query);
    }

    [HttpPost("Columns")]
    public async Task<IActionResult> Columns(
        List<string>? columns, string? returnUrl, [FromServices] ListPreferences preferences, [FromServices] CustomFieldEditor customFields, CancellationToken cancellationToken)
    {
        var catalog = LeadListColumns.All(LeadListColumns.CustomFields(await customFields.DefinitionsAsync(CustomFieldRecordType.Lead, cancellationToken)));
        var saved = await preferences.SaveColumnsAsync(ListNames.Leads, LeadListColumns.Known(catalog, columns), cancellationToken);
        TempData.Flash(localizer[saved.Succeeded ? "Leads.Columns.Saved" : saved.Failures[0].MessageKey]);
        return BackToList(returnUrl, new LeadListQuery());
    }

    [HttpPost("Filters")]
    public async Task<IActionResult> SaveFilter(string? name, [FromForm] LeadListQuery query, [FromServices] SavedLeadFilters filters, CancellationToken cancellationToken)
    {
        var saved = ModelState.IsValid
            ? await filters.SaveAsync(name, query, cancellationToken)
            : Result<int>.Fail(new Failure(Messages.InvalidValue));
        TempData.Flash(saved.Succeeded
            ? localizer["Leads.Filters.SavedOne", name!.Trim()]
            : string.Join(" ", saved.Failures.Select(f => localizer[f.MessageKey == Messages.Required ? "Leads.Filters.NameRequired" : f.MessageKey].Value)));
        return RedirectToAction(nameof(LeadsController.Index), "Leads", LeadListViewModel.RouteValues(query with { Page = 1 }));
    }

    [HttpPost("Filters/{id:int}/Delete")]
    public async Task<IActionResult> DeleteFilter([FromRoute] int id, string? returnUrl, [FromServices] SavedLeadFilters filters, CancellationToken cancellationToken)
    {
        var deleted = await filters.DeleteAsync(id, cancellationToken);
        if (deleted.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["Leads.Filters.Deleted"]);
        return BackToList(returnUrl, new LeadListQuery());
    }

    /// <summary>"12 leads moved to In progress": what the action did, in the user's language.</summary>
    private string Done(LeadBulkOutcome outcome)
    {
        var count = outcome.Changed.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
        return outcome.Action switch
        {
            LeadBulkAction.ChangeStatus => localizer["Leads.Bulk.Moved", count, LeadNames.Of(localizer, outcome.TargetName!, outcome.TargetResourceKey)],
            LeadBulkAction.AssignResponsible => localizer["Leads.Bulk.Assigned", count, outcome.TargetName!],
            _ => localizer["Leads.Bulk.Deleted", count],
        };
    }

    private IActionResult BackToList(string? returnUrl, LeadListQuery query) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(LeadsController.Index), "Leads", LeadListViewModel.RouteValues(query));
}
