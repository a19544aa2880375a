using Microsoft.AspNetCore.Mvc;

namespace SimpleCrm.Web.Features.Home;

public sealed class HomeController : Controller
{
    /// <summary>Contacts are the start page until dashboards arrive.</summary>
    [HttpGet("/")]
    public IActionResult Index() => RedirectToAction("Index", "Contacts");
}
