using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Email.Templates;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.EmailTemplates;

/// <summary>Admin › Email templates: subject and body with placeholders the compose page fills in.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("Admin/EmailTemplates")]
public sealed class EmailTemplatesController(EmailTemplateAdministration administration, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await administration.ListAsync(cancellationToken));

    [HttpGet("New")]
    public IActionResult Create() => View("Form", new EmailTemplateFormViewModel(null, new EmailTemplateInput()));

    [HttpPost("New")]
    public async Task<IActionResult> Create(EmailTemplateInput input, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["EmailTemplates.Created"]);
            return RedirectToAction(nameof(Index));
        }

        AddFailures(result.Failures, input);
        return View("Form", new EmailTemplateFormViewModel(null, input));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.GetAsync(id, cancellationToken);
        return result.Succeeded ? View("Form", new EmailTemplateFormViewModel(id, result.Value!)) : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, EmailTemplateInput input, CancellationToken cancellationToken)
    {
        var result = await administration.UpdateAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["EmailTemplates.Saved"]);
            return RedirectToAction(nameof(Index));
        }

        AddFailures(result.Failures, input);
        return View("Form", new EmailTemplateFormViewModel(id, input));
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken) =>
        this.FlashAndBackToIndex(await administration.DeleteAsync(id, cancellationToken), localizer, "EmailTemplates.Deleted");

    /// <summary>An unknown placeholder's message names it ("{Frstname}") and the ones there are.</summary>
    private void AddFailures(IReadOnlyList<Failure> failures, EmailTemplateInput input) =>
        ModelState.AddFailures(failures, failure => failure.MessageKey == EmailTemplateMessages.UnknownPlaceholder
            ? localizer[
                failure.MessageKey,
                string.Join(", ", EmailPlaceholders.Unknown(failure.Field == nameof(EmailTemplateInput.Subject) ? input.Subject : input.Body)),
                EmailTemplateFormViewModel.Placeholders]
            : localizer[failure.MessageKey]);
}
