using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Shared;

/// <summary>Where a record's notes and files live on screen: the lead card's tab, the contact's profile.</summary>
public static class RecordPages
{
    /// <summary>The record's page with the given tab open (a contact's profile has no tabs).</summary>
    public static string PageOf(this IUrlHelper url, RecordRef record, string tab) => record.Type switch
    {
        HistoryRecordTypes.Lead => url.Action("Details", "Leads", new { id = record.Id, tab })!,

        // The deal's card (/Deals/{id}) has no tabs.
        HistoryRecordTypes.Deal => url.Content("~/Deals/" + record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => url.Action("Details", "Contacts", new { id = record.Id })!,
    };

    /// <summary>Back to the page the form was on when it is one of ours, otherwise to the record's page.</summary>
    public static IActionResult BackTo(this Controller controller, string? returnUrl, RecordRef record, string tab) =>
        controller.Url.IsLocalUrl(returnUrl) ? controller.LocalRedirect(returnUrl) : controller.Redirect(controller.Url.PageOf(record, tab));
}
