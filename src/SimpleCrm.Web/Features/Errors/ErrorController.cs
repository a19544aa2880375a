using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace SimpleCrm.Web.Features.Errors;

/// <summary>
/// The friendly error pages. They answer any method, because the status-code and exception
/// handlers re-execute the failed request (a POST included) against this path.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    // The controller is "Error" but its folder is "Errors": the feature-folder lookup would miss the view,
    // and a missing error view turns every 404 into an empty 500.
    private const string ViewPath = "/Features/Errors/Error.cshtml";

    [Route("/Error")]
    public IActionResult Index()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View(ViewPath, new ErrorViewModel(StatusCodes.Status500InternalServerError));
    }

    [Route("/Error/{code:int}")]
    public IActionResult Status(int code) => View(ViewPath, new ErrorViewModel(code));
}
