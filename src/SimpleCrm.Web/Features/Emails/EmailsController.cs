using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Records;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Emails;

/// <summary>Writes an email on a lead or a contact the user may see; the queue sends it.</summary>
[Route("Emails")]
public sealed class EmailsController(EmailCommands commands, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("{recordType}/{recordId:int}/New")]
    public async Task<IActionResult> Compose([FromRoute] string recordType, [FromRoute] int recordId, string? to, CancellationToken cancellationToken)
    {
        if (RecordRef.From(recordType, recordId) is not { } record || await commands.DraftAsync(record, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        return View(new ComposeViewModel(record, draft, new EmailInput { To = string.IsNullOrWhiteSpace(to) ? draft.RecordEmail : to }));
    }

    [HttpPost("{recordType}/{recordId:int}/New")]
    public async Task<IActionResult> Compose([FromRoute] string recordType, [FromRoute] int recordId, EmailInput input, CancellationToken cancellationToken)
    {
        if (RecordRef.From(recordType, recordId) is not { } record)
        {
            return NotFound();
        }

        var result = await commands.SendAsync(record, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["Emails.Queued"]);
            return this.BackTo(null, record, LeadCardTabs.Emails);
        }

        ModelState.AddFailures(result.Failures, localizer);
        var draft = await commands.DraftAsync(record, cancellationToken);
        return draft is null ? NotFound() : View(new ComposeViewModel(record, draft, input));
    }
}
