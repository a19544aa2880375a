using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.AutoConversion;

/// <summary>
/// A pipeline's auto-conversion rules: everyone sees them; managers and admins create, pause,
/// resume and delete them (a rule adds deals for the whole team in the background).
/// </summary>
[Authorize]
public sealed class AutoConversionController(AutoConversionRules rules, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Changers = Roles.Admin + "," + Roles.Manager;

    [HttpGet("Pipelines/{pipelineId:int}/Rules")]
    public async Task<IActionResult> Index([FromRoute] int pipelineId, CancellationToken cancellationToken)
    {
        var list = await rules.ListForPipelineAsync(pipelineId, cancellationToken);
        var options = list is null ? null : await rules.FormOptionsAsync(pipelineId, cancellationToken);
        if (list is null)
        {
            return NotFound();
        }

        return View(new AutoConversionRulesViewModel(
            pipelineId, options?.PipelineName, options?.PipelineResourceKey, list, rules.MayChange && options is not null, TaskCalendar.At(clock), Request.Path));
    }

    [Authorize(Roles = Changers)]
    [HttpGet("Pipelines/{pipelineId:int}/Rules/New")]
    public async Task<IActionResult> Create([FromRoute] int pipelineId, CancellationToken cancellationToken)
    {
        var options = await rules.FormOptionsAsync(pipelineId, cancellationToken);
        return options is null ? NotFound() : View("Form", new AutoConversionRuleFormViewModel(options, new AutoConversionRuleInput()));
    }

    [Authorize(Roles = Changers)]
    [HttpPost("Pipelines/{pipelineId:int}/Rules/New")]
    public async Task<IActionResult> Create([FromRoute] int pipelineId, AutoConversionRuleInput input, CancellationToken cancellationToken)
    {
        var result = await rules.CreateAsync(pipelineId, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["AutoConversion.Created"]);
            return RedirectToAction(nameof(Index), new { pipelineId });
        }

        ModelState.AddFailures(result.Failures, localizer);
        var options = await rules.FormOptionsAsync(pipelineId, cancellationToken);
        return options is null ? NotFound() : View("Form", new AutoConversionRuleFormViewModel(options, input));
    }

    [Authorize(Roles = Changers)]
    [HttpPost("Pipelines/Rules/{ruleId:int}/Pause")]
    public async Task<IActionResult> Pause([FromRoute] int ruleId, string? returnUrl, CancellationToken cancellationToken) =>
        await BackAsync(ruleId, await rules.PauseAsync(ruleId, cancellationToken), "AutoConversion.Paused", returnUrl, cancellationToken);

    [Authorize(Roles = Changers)]
    [HttpPost("Pipelines/Rules/{ruleId:int}/Resume")]
    public async Task<IActionResult> Resume([FromRoute] int ruleId, string? returnUrl, CancellationToken cancellationToken) =>
        await BackAsync(ruleId, await rules.ResumeAsync(ruleId, cancellationToken), "AutoConversion.Resumed", returnUrl, cancellationToken);

    [Authorize(Roles = Changers)]
    [HttpPost("Pipelines/Rules/{ruleId:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int ruleId, CancellationToken cancellationToken)
    {
        var pipelineId = await rules.PipelineOfAsync(ruleId, cancellationToken);
        var result = await rules.DeleteAsync(ruleId, cancellationToken);
        if (pipelineId is null || result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer["AutoConversion.Deleted"]);
        return RedirectToAction(nameof(Index), new { pipelineId });
    }

    /// <summary>Back where the switch was flipped (the board or the rules page), never to another site.</summary>
    private async Task<IActionResult> BackAsync(int ruleId, Application.Common.Result result, string successKey, string? returnUrl, CancellationToken cancellationToken)
    {
        var pipelineId = await rules.PipelineOfAsync(ruleId, cancellationToken);
        if (result.IsNotFound || pipelineId is null)
        {
            return NotFound();
        }

        TempData.Flash(localizer[successKey]);
        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : RedirectToAction(nameof(Index), new { pipelineId });
    }
}
