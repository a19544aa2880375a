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
public sealed class ErrorsController : Controller
{
    [Route("/Error")]
    public IActionResult Index()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorViewModel(StatusCodes.Status500InternalServerError));
    }

    [Route("/Error/{code:int}")]
    public IActionResult Status(int code) => View("Error", new ErrorViewModel(code));
}
