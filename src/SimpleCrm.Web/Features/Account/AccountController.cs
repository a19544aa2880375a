using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Account;

[Route("Account")]
public sealed class AccountController(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> localizer) : Controller
{
    [AllowAnonymous]
    [HttpGet("Login")]
    public IActionResult Login(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl(returnUrl)) : View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("Login")]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Email) || string.IsNullOrEmpty(input.Password))
        {
            ModelState.AddModelError(string.Empty, localizer["Account.InvalidCredentials"]);
            return View(input);
        }

        // lockoutOnFailure: true, or Identity's lockout never counts a failed attempt.
        var result = await signIn.PasswordSignInAsync(input.Email.Trim(), input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        var message = result.IsLockedOut ? "Account.LockedOut"
            : result.IsNotAllowed ? "Account.Deactivated"
            : "Account.InvalidCredentials";
        ModelState.AddModelError(string.Empty, localizer[message]);
        return View(new LoginInput { Email = input.Email, RememberMe = input.RememberMe, ReturnUrl = input.ReturnUrl });
    }

    [HttpPost("Logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous]
    [HttpGet("AccessDenied")]
    public IActionResult AccessDenied() => View();

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
