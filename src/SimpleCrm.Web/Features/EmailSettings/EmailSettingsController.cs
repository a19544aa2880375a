using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.EmailSettings;

/// <summary>Admin > Email: the SMTP server and a test message through it.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("Admin/Email")]
public sealed class EmailSettingsController(SmtpSettingsAdministration administration, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ModelAsync(null, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Index(SmtpSettingsInput input, CancellationToken cancellationToken)
    {
        var result = await administration.SaveAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["EmailSettings.Saved"]);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View(await ModelAsync(input with { Password = null }, null, cancellationToken));
    }

    [HttpPost("Test")]
    public async Task<IActionResult> Test(string? testTo, CancellationToken cancellationToken)
    {
        var result = await administration.SendTestAsync(testTo, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddFailures(result.Failures, localizer);
            return View(nameof(Index), await ModelAsync(null, testTo, cancellationToken));
        }

        TempData.Flash(result.Value is { } error
            ? localizer["EmailSettings.TestFailed", localizer[error.MessageKey], error.Detail]
            : localizer["EmailSettings.TestSent", testTo!.Trim()]);
        return RedirectToAction(nameof(Index));
    }

    private async Task<EmailSettingsViewModel> ModelAsync(SmtpSettingsInput? input, string? testTo, CancellationToken cancellationToken)
    {
        var view = await administration.GetAsync(cancellationToken);
        return new EmailSettingsViewModel(input ?? view.Input, view.HasPassword, view.IsConfigured, testTo);
    }
}
