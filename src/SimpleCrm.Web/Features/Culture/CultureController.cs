using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SimpleCrm.Web.Startup;

namespace SimpleCrm.Web.Features.Culture;

public sealed class CultureController : Controller
{
    /// <summary>The language switcher: remembers the choice in a cookie for a year.</summary>
    [AllowAnonymous]
    [HttpPost("/Culture")]
    public IActionResult Set(string? culture, string? returnUrl)
    {
        if (SupportedCultures.IsSupported(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
