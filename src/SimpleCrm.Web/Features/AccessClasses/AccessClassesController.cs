using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.AccessClasses;

[Authorize(Roles = Roles.Admin)]
[Route("Admin/AccessClasses")]
public sealed class AccessClassesController(
    AccessClassAdministration administration,
    AccessClassGrants grants,
    UserDirectory directory,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new AccessClassIndexViewModel(
            await administration.ListAsync(cancellationToken),
            await directory.ListActiveAsync(cancellationToken)));

    [HttpGet("New")]
    public IActionResult Create() => View("Form", new AccessClassFormViewModel(null, new AccessClassInput()));

    [HttpPost("New")]
    public async Task<IActionResult> Create(AccessClassInput input, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(localizer["AccessClasses.Created"]);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new AccessClassFormViewModel(null, input));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.GetAsync(id, cancellationToken);
        return result.Succeeded ? View("Form", new AccessClassFormViewModel(id, result.Value!)) : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, AccessClassInput input, CancellationToken cancellationToken)
    {
        var result = await administration.UpdateAsync(id, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Flash(localizer["AccessClasses.Saved"]);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddFailures(result.Failures, localizer);
        return View("Form", new AccessClassFormViewModel(id, input));
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, CancellationToken cancellationToken) =>
        Done(await administration.DeleteAsync(id, cancellationToken), "AccessClasses.Deleted");

    [HttpPost("{id:int}/Users")]
    public async Task<IActionResult> GrantUser([FromRoute] int id, string? userId, CancellationToken cancellationToken) =>
        Done(await grants.GrantUserAsync(id, userId ?? string.Empty, cancellationToken), "AccessClasses.Granted");

    [HttpPost("{id:int}/Users/{userId}/Revoke")]
    public async Task<IActionResult> RevokeUser([FromRoute] int id, [FromRoute] string userId, CancellationToken cancellationToken) =>
        Done(await grants.RevokeUserAsync(id, userId, cancellationToken), "AccessClasses.Revoked");

    [HttpPost("{id:int}/Roles")]
    public async Task<IActionResult> GrantRole([FromRoute] int id, string? role, CancellationToken cancellationToken) =>
        Done(await grants.GrantRoleAsync(id, role ?? string.Empty, cancellationToken), "AccessClasses.Granted");

    [HttpPost("{id:int}/Roles/{role}/Revoke")]
    public async Task<IActionResult> RevokeRole([FromRoute] int id, [FromRoute] string role, CancellationToken cancellationToken) =>
        Done(await grants.RevokeRoleAsync(id, role, cancellationToken), "AccessClasses.Revoked");

    private IActionResult Done(Result result, string successKey) => this.FlashAndBackToIndex(result, localizer, successKey);
}
