using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Web.Shared;

public static class ReorderResponses
{
    /// <summary>
    /// The answer to a drag-and-drop reorder posted by reorder.js: 204 when saved; otherwise 409 with the
    /// reason flashed, so the page the script reloads shows the order that holds and why.
    /// </summary>
    public static IActionResult ReorderOutcome(this Controller controller, Result result, IStringLocalizer localizer)
    {
        if (result.IsNotFound)
        {
            return controller.NotFound();
        }

        if (result.Succeeded)
        {
            return controller.NoContent();
        }

        controller.TempData.Flash(string.Join(" ", result.Failures.Select(f => localizer[f.MessageKey].Value)));
        return controller.Conflict();
    }
}
