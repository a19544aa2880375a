using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Shared;

/// <summary>Where a record's notes and files live on screen: the lead or deal card's tab, the contact's profile.</summary>
public static class RecordPages
{
    /// <summary>The record's page with the given tab open (a contact's profile has no tabs).</summary>
    public static string PageOf(this IUrlHelper url, RecordRef record, string tab) => record.Type switch
    {
        HistoryRecordTypes.Lead => url.Action("Details", "Leads", new { id = record.Id, tab })!,
        HistoryRecordTypes.Deal => url.Action("Details", "Deals", new { id = record.Id, tab })!,
        _ => url.Action("Details", "Contacts", new { id = record.Id })!,
    };

    /// <summary>Whether the record's page shows its related records in tabs (?tab=), as the lead and deal cards do.</summary>
    public static bool HasTabs(this RecordRef record) => record.Type is HistoryRecordTypes.Lead or HistoryRecordTypes.Deal;

    /// <summary>The controller of the record's page.</summary>
    public static string ControllerOf(string recordType) => recordType switch
    {
        HistoryRecordTypes.Lead => "Leads",
        HistoryRecordTypes.Deal => "Deals",
        _ => "Contacts",
    };

    /// <summary>Back to the page the form was on when it is one of ours, otherwise to the record's page.</summary>
    public static IActionResult BackTo(this Controller controller, string? returnUrl, RecordRef record, string tab) =>
        controller.Url.IsLocalUrl(returnUrl) ? controller.LocalRedirect(returnUrl) : controller.Redirect(controller.Url.PageOf(record, tab));
}
