using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Web.Shared;

public static class ResultRedirects
{
    /// <summary>
    /// For admin list pages whose row actions post and come back: 404 for a record that is not
    /// there, otherwise back to the list with what happened (every failure message shown there).
    /// </summary>
    public static IActionResult FlashAndBackToIndex(this Controller controller, Result result, IStringLocalizer localizer, string successKey)
    {
        if (result.IsNotFound)
        {
            return controller.NotFound();
        }

        controller.TempData.Flash(result.Succeeded
            ? localizer[successKey]
            : string.Join(" ", result.Failures.Select(f => localizer[f.MessageKey].Value)));
        return controller.RedirectToAction("Index");
    }
}
