using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Email.Templates;
using SimpleCrm.Application.Records;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Emails;

/// <summary>Writes an email on a lead or a contact the user may see; the queue sends it.</summary>
[Route("Emails")]
public sealed class EmailsController(EmailCommands commands, EmailTemplateRendering templates, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The compose page; with <paramref name="template"/> its subject and body come filled with the record's values (the page without JS).</summary>
    [HttpGet("{recordType}/{recordId:int}/New")]
    public async Task<IActionResult> Compose([FromRoute] string recordType, [FromRoute] int recordId, string? to, int? template, CancellationToken cancellationToken)
    {
        if (RecordRef.From(recordType, recordId) is not { } record || await commands.DraftAsync(record, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        var input = new EmailInput { To = string.IsNullOrWhiteSpace(to) ? draft.RecordEmail : to };
        if (template is { } templateId && (await templates.RenderAsync(templateId, record, cancellationToken)).Value is { } filled)
        {
            input = input with { Subject = filled.Subject, Body = filled.Body };
        }

        return View(new ComposeViewModel(record, draft, input, await templates.OptionsAsync(cancellationToken), template));
    }

    /// <summary>The subject and body fields filled from a template, swapped into the compose page by htmx; no template: nothing to swap.</summary>
    [HttpGet("{recordType}/{recordId:int}/Template")]
    public async Task<IActionResult> Template([FromRoute] string recordType, [FromRoute] int recordId, int? template, CancellationToken cancellationToken)
    {
        if (RecordRef.From(recordType, recordId) is not { } record)
        {
            return NotFound();
        }

        if (template is not { } templateId)
        {
            return NoContent();
        }

        var filled = await templates.RenderAsync(templateId, record, cancellationToken);
        return filled.Succeeded ? PartialView("_ComposeMessage", filled.Value!) : NotFound();
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
        return draft is null ? NotFound() : View(new ComposeViewModel(record, draft, input, await templates.OptionsAsync(cancellationToken)));
    }
}
