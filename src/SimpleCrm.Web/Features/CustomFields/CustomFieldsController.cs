using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.CustomFields;

/// <summary>Admin > Custom fields: the fields of leads, contacts and deals, and the options of choice fields.</summary>
[Authorize(Roles = Roles.Admin)]
[Route("Admin/CustomFields")]
public sealed class CustomFieldsController(
    CustomFieldAdministration administration,
    CustomFieldOptionAdministration options,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CustomFieldRecordType type, CancellationToken cancellationToken) =>
        Enum.IsDefined(type) ? View(new CustomFieldIndexViewModel(type, await administration.ListAsync(type, cancellationToken))) : NotFound();

    /// <summary>The new-field form of a record type (<c>recordType</c>: the field's own "Type" is its input's name).</summary>
    [HttpGet("New")]
    public IActionResult Create(CustomFieldRecordType recordType) =>
        Enum.IsDefined(recordType) ? View("Form", new CustomFieldFormViewModel(null, recordType, new CustomFieldInput())) : NotFound();

    /// <summary>Saves the new field; a choice field goes on to its edit page, where its options are added.</summary>
    [HttpPost("New")]
    public async Task<IActionResult> Create(CustomFieldRecordType recordType, CustomFieldInput input, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(recordType))
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await administration.CreateAsync(recordType, input, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            TempData.Flash(localizer["CustomFields.Created"]);
            return CustomField.HasOptions(input.Type)
                ? RedirectToAction(nameof(Edit), new { id = result.Value })
                : RedirectToAction(nameof(Index), new { type = recordType });
        }

        ModelState.AddFailures(result?.Failures ?? [], localizer);
        return View("Form", new CustomFieldFormViewModel(null, recordType, input));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await administration.GetAsync(id, cancellationToken);
        return result.Succeeded ? View("Form", new CustomFieldFormViewModel(id, result.Value!.RecordType, result.Value.Input, result.Value)) : NotFound();
    }

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, CustomFieldInput input, CancellationToken cancellationToken)
    {
        var existing = await administration.GetAsync(id, cancellationToken);
        if (!existing.Succeeded)
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? await administration.UpdateAsync(id, input, cancellationToken) : null;
        if (result is { Succeeded: true })
        {
            TempData.Flash(localizer["CustomFields.Saved"]);
            return RedirectToAction(nameof(Index), new { type = existing.Value!.RecordType });
        }

        ModelState.AddFailures(result?.Failures ?? [], localizer);
        return View("Form", new CustomFieldFormViewModel(id, existing.Value!.RecordType, input, existing.Value));
    }

    [HttpPost("{id:int}/Archive")]
    public async Task<IActionResult> Archive([FromRoute] int id, CancellationToken cancellationToken) =>
        await BackToListAsync(id, await administration.SetArchivedAsync(id, true, cancellationToken), "CustomFields.ArchivedMessage", cancellationToken);

    [HttpPost("{id:int}/Restore")]
    public async Task<IActionResult> Restore([FromRoute] int id, CancellationToken cancellationToken) =>
        await BackToListAsync(id, await administration.SetArchivedAsync(id, false, cancellationToken), "CustomFields.Restored", cancellationToken);

    [HttpPost("{id:int}/Up")]
    public async Task<IActionResult> MoveUp([FromRoute] int id, CancellationToken cancellationToken) =>
        await BackToListAsync(id, await administration.MoveAsync(id, -1, cancellationToken), "CustomFields.OrderSaved", cancellationToken);

    [HttpPost("{id:int}/Down")]
    public async Task<IActionResult> MoveDown([FromRoute] int id, CancellationToken cancellationToken) =>
        await BackToListAsync(id, await administration.MoveAsync(id, 1, cancellationToken), "CustomFields.OrderSaved", cancellationToken);

    /// <summary>The drag-and-drop save of one record type's fields (reorder.js): 204 when saved; 409 with the reason flashed for the reload.</summary>
    [HttpPost("Order")]
    public async Task<IActionResult> Order(CustomFieldRecordType type, [FromForm] int[] ids, CancellationToken cancellationToken) =>
        this.ReorderOutcome(await administration.ReorderAsync(type, ids, cancellationToken), localizer);

    [HttpPost("{id:int}/Options")]
    public async Task<IActionResult> AddOption([FromRoute] int id, string? label, CancellationToken cancellationToken)
    {
        var result = await options.AddAsync(id, label, cancellationToken);
        return BackToField(id, result.IsNotFound, result.Failures, "CustomFields.OptionAdded");
    }

    [HttpPost("{id:int}/Options/{optionId:int}/Rename")]
    public async Task<IActionResult> RenameOption([FromRoute] int id, [FromRoute] int optionId, string? label, CancellationToken cancellationToken) =>
        BackToField(id, await options.RenameAsync(id, optionId, label, cancellationToken), "CustomFields.OptionRenamed");

    [HttpPost("{id:int}/Options/{optionId:int}/Retire")]
    public async Task<IActionResult> RetireOption([FromRoute] int id, [FromRoute] int optionId, CancellationToken cancellationToken) =>
        BackToField(id, await options.SetRetiredAsync(id, optionId, true, cancellationToken), "CustomFields.OptionRetired");

    [HttpPost("{id:int}/Options/{optionId:int}/Restore")]
    public async Task<IActionResult> RestoreOption([FromRoute] int id, [FromRoute] int optionId, CancellationToken cancellationToken) =>
        BackToField(id, await options.SetRetiredAsync(id, optionId, false, cancellationToken), "CustomFields.OptionRestored");

    [HttpPost("{id:int}/Options/{optionId:int}/Up")]
    public async Task<IActionResult> MoveOptionUp([FromRoute] int id, [FromRoute] int optionId, CancellationToken cancellationToken) =>
        BackToField(id, await options.MoveAsync(id, optionId, -1, cancellationToken), "CustomFields.OrderSaved");

    [HttpPost("{id:int}/Options/{optionId:int}/Down")]
    public async Task<IActionResult> MoveOptionDown([FromRoute] int id, [FromRoute] int optionId, CancellationToken cancellationToken) =>
        BackToField(id, await options.MoveAsync(id, optionId, 1, cancellationToken), "CustomFields.OrderSaved");

    /// <summary>The drag-and-drop save of a field's options (reorder.js).</summary>
    [HttpPost("{id:int}/Options/Order")]
    public async Task<IActionResult> OptionOrder([FromRoute] int id, [FromForm] int[] ids, CancellationToken cancellationToken) =>
        this.ReorderOutcome(await options.ReorderAsync(id, ids, cancellationToken), localizer);

    /// <summary>Back to the field's record type's list with what happened; 404 for a field that is not there.</summary>
    private async Task<IActionResult> BackToListAsync(int id, Result result, string successKey, CancellationToken cancellationToken)
    {
        if (result.IsNotFound || await administration.RecordTypeOfAsync(id, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        Flash(result.Failures, successKey);
        return RedirectToAction(nameof(Index), new { type });
    }

    private IActionResult BackToField(int id, Result result, string successKey) => BackToField(id, result.IsNotFound, result.Failures, successKey);

    /// <summary>Back to the field's edit page, where its options are, with what happened.</summary>
    private IActionResult BackToField(int id, bool notFound, IReadOnlyList<Failure> failures, string successKey)
    {
        if (notFound)
        {
            return NotFound();
        }

        Flash(failures, successKey);
        return RedirectToAction(nameof(Edit), new { id });
    }

    private void Flash(IReadOnlyList<Failure> failures, string successKey) =>
        TempData.Flash(failures.Count == 0 ? localizer[successKey] : string.Join(" ", failures.Select(f => localizer[f.MessageKey].Value)));
}
