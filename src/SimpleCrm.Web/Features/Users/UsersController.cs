using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Administration;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Users;

[Authorize(Roles = Roles.Admin)]
[Route("Admin/Users")]
public sealed class UsersController(UserAdministration administration, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await administration.ListAsync(cancellationToken));

    [HttpGet("New")]
    public IActionResult Create() => View(new NewUserInput { Role = Roles.SalesRep });

    [HttpPost("New")]
    public async Task<IActionResult> Create(NewUserInput input, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["Users.Created"]);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View(new NewUserInput { Email = input.Email, DisplayName = input.DisplayName, Role = input.Role });
    }

    [HttpPost("{id}/Role")]
    public async Task<IActionResult> Role([FromRoute] string id, string role, CancellationToken cancellationToken) =>
        Done(await administration.ChangeRoleAsync(id, role, cancellationToken), "Users.RoleChanged");

    [HttpPost("{id}/Deactivate")]
    public async Task<IActionResult> Deactivate([FromRoute] string id, CancellationToken cancellationToken) =>
        Done(await administration.SetActiveAsync(id, active: false, cancellationToken), "Users.Deactivated");

    [HttpPost("{id}/Activate")]
    public async Task<IActionResult> Activate([FromRoute] string id, CancellationToken cancellationToken) =>
        Done(await administration.SetActiveAsync(id, active: true, cancellationToken), "Users.Activated");

    [HttpPost("{id}/Password")]
    public async Task<IActionResult> Password([FromRoute] string id, string? newPassword, CancellationToken cancellationToken) =>
        Done(await administration.ResetPasswordAsync(id, newPassword, cancellationToken), "Users.PasswordReset");

    private IActionResult Done(Result result, string successKey) => this.FlashAndBackToIndex(result, localizer, successKey);
}
