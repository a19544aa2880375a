using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Emails;

/// <summary>The emails of a record, on the lead card's tab and on the contact profile: the card reads its own data.</summary>
public sealed class RecordEmailsViewComponent(EmailQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RecordRef record)
    {
        var emails = await queries.OfRecordAsync(record, HttpContext.RequestAborted) ?? [];
        return View("/Features/Emails/_Emails.cshtml", new RecordEmailsViewModel(record, emails));
    }
}
