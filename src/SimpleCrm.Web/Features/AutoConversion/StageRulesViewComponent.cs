using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.AutoConversion;

/// <summary>
/// A stage header's rules icon: nothing when no rule feeds the stage, otherwise a button opening a
/// panel with each rule and its pause switch. Self-contained, so the board renders it with
/// <c>@await Component.InvokeAsync("StageRules", new { stageId })</c> and nothing else.
/// </summary>
public sealed class StageRulesViewComponent(AutoConversionRules rules, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int stageId)
    {
        var list = await rules.ListForStageAsync(stageId, HttpContext.RequestAborted);
        if (list.Count == 0)
        {
            return Content(string.Empty);
        }

        var returnUrl = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("/Features/AutoConversion/_StageRules.cshtml",
            new AutoConversionRulesViewModel(list[0].PipelineId, null, null, list, rules.MayChange, TaskCalendar.At(clock), returnUrl));
    }
}
