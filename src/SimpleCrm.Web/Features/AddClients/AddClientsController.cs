using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals.AddClients;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.AddClients;

/// <summary>
/// "Add clients" to a pipeline: a four-step wizard of plain forms whose state travels in the form
/// (lists and segments, all or picked by hand, the deal fields, the summary), then one add. Anyone
/// signed in may use it for the contacts they see; an archived pipeline or a segment not theirs is 404.
/// </summary>
[Route("Pipelines/{id:int}/AddClients")]
public sealed class AddClientsController(
    AddClientsQueries queries,
    AddClientsCommands commands,
    AutoConversionRules rules,
    UserDirectory users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public const int ChooseStep = 1;
    public const int PickStep = 2;
    public const int FieldsStep = 3;
    public const int SummaryStep = 4;

    /// <summary>Step 1, opened from the board with nothing chosen (or with lists and segments in the query).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Start([FromRoute] int id, [FromQuery] List<int> listIds, [FromQuery] List<int> segmentIds, CancellationToken cancellationToken)
    {
        var form = new AddClientsForm { ListIds = listIds, SegmentIds = segmentIds };
        return await ShowAsync(id, ChooseStep, form, cancellationToken);
    }

    /// <summary>
    /// Moves the wizard to <paramref name="step"/> when the steps before it are complete, otherwise
    /// shows the first incomplete one with its messages. No step means "stay on the picker" (its
    /// search and page buttons).
    /// </summary>
    [HttpPost("")]
    public async Task<IActionResult> Step([FromRoute] int id, AddClientsForm form, int? step, CancellationToken cancellationToken)
    {
        var target = Math.Clamp(step ?? PickStep, ChooseStep, SummaryStep);
        return await ShowAsync(id, await ReachableAsync(id, form, target, cancellationToken), form, cancellationToken);
    }

    [HttpPost("Add")]
    public async Task<IActionResult> Add([FromRoute] int id, AddClientsForm form, CancellationToken cancellationToken)
    {
        var reachable = await ReachableAsync(id, form, SummaryStep, cancellationToken);
        if (reachable != SummaryStep)
        {
            return await ShowAsync(id, reachable, form, cancellationToken);
        }

        if (form.MakesRule && rules.MayChange)
        {
            return await CreateRuleAsync(id, form, cancellationToken);
        }

        var result = await commands.AddAsync(id, form.ToSelection(), form.Input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            var outcome = result.Value!;
            TempData.Flash(localizer["AddClients.Added", Number(outcome.Added), Number(outcome.Skipped), Number(outcome.EmailDuplicates)]);
            return LocalRedirect($"/Pipelines/{id.ToString(CultureInfo.InvariantCulture)}");
        }

        // Too many is told by the summary itself, with the counts.
        ModelState.AddFailures(result.Failures.Where(f => f.MessageKey != AddClientsMessages.TooMany), localizer, nameof(AddClientsForm.Input));
        return await ShowAsync(id, result.Failures.Any(f => f.Field is not null) ? FieldsStep : SummaryStep, form, cancellationToken);
    }

    /// <summary>The furthest step up to <paramref name="target"/> whose earlier steps are complete; messages for the one that is not.</summary>
    private async Task<int> ReachableAsync(int id, AddClientsForm form, int target, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A value the binder could not read: a deal field goes back to its step, anything else was tampered with.
            var onFields = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).All(e => e.Key.StartsWith(nameof(AddClientsForm.Input) + ".", StringComparison.Ordinal));
            if (!onFields)
            {
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, localizer[Messages.InvalidValue]);
                return ChooseStep;
            }

            target = Math.Min(target, FieldsStep);
        }

        if (target > ChooseStep && form.ToSelection().IsEmpty)
        {
            ModelState.AddModelError(string.Empty, localizer[AddClientsMessages.NothingChosen]);
            return ChooseStep;
        }

        if (target > PickStep && form.Mode == AddClientsMode.Pick && form.PickedIds.Count == 0)
        {
            ModelState.AddModelError(string.Empty, localizer["AddClients.NothingPicked"]);
            return PickStep;
        }

        if (target > FieldsStep)
        {
            var failures = await commands.ValidateAsync(id, form.Input, cancellationToken);
            if (failures.Count > 0)
            {
                ModelState.AddFailures(failures, localizer, nameof(AddClientsForm.Input));
                return FieldsStep;
            }
        }

        return target;
    }

    /// <summary>
    /// "Convert existing and future contacts": the rule converts today's members in the background (no
    /// cap: nobody waits for it) and everyone who joins later; the board shows its deals as they come.
    /// </summary>
    private async Task<IActionResult> CreateRuleAsync(int id, AddClientsForm form, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var input = form.Input;
        var result = await rules.CreateAsync(id, new AutoConversionRuleInput
        {
            ListId = form.ListIds.Distinct().SingleOrDefault() is var listId and > 0 ? listId : null,
            SegmentId = form.SegmentIds.Distinct().SingleOrDefault() is var segmentId and > 0 ? segmentId : null,
            StageId = input.StageId ?? 0,
            Label = input.Label,
            ResponsibleUserId = input.OwnerId,
            Value = input.Value,
            Currency = input.Currency,
            CloseByOffsetDays = input.CloseBy is { } closeBy ? Math.Max(0, closeBy.DayNumber - today.DayNumber) : null,
        }, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            // The rule's fields by the wizard's names; a list or segment gone meanwhile is told above the form.
            var failures = result.Failures.Select(f => f with
            {
                Field = f.Field switch
                {
                    nameof(AutoConversionRuleInput.ResponsibleUserId) => nameof(AddClientsInput.OwnerId),
                    nameof(AutoConversionRuleInput.CloseByOffsetDays) => nameof(AddClientsInput.CloseBy),
                    nameof(AutoConversionRuleInput.ListId) or nameof(AutoConversionRuleInput.SegmentId) => null,
                    var field => field,
                },
            });
            ModelState.AddFailures(failures, localizer, nameof(AddClientsForm.Input));
            return await ShowAsync(id, FieldsStep, form, cancellationToken);
        }

        TempData.Flash(localizer["AddClients.RuleCreated"]);
        return LocalRedirect($"/Pipelines/{id.ToString(CultureInfo.InvariantCulture)}");
    }

    private async Task<IActionResult> ShowAsync(int id, int step, AddClientsForm form, CancellationToken cancellationToken)
    {
        var pipeline = await queries.PipelineAsync(id, cancellationToken);
        if (pipeline is null)
        {
            return NotFound();
        }

        var model = new AddClientsViewModel(step, pipeline, form) { MayCreateRules = rules.MayChange };
        switch (step)
        {
            case ChooseStep:
                model = model with { Choices = await queries.ChoicesAsync(cancellationToken) };
                break;
            case PickStep:
                var candidates = await queries.CandidatesAsync(form.ToSelection(), form.Search, form.Page, cancellationToken);
                var matched = await queries.SummarizeAsync(id, form.ToSelection() with { PickedIds = null }, null, cancellationToken);
                if (candidates is null || matched is null)
                {
                    return NotFound();
                }

                model = model with { Candidates = candidates, Summary = matched };
                break;
            case FieldsStep:
                model = model with { Users = await users.ListActiveAsync(cancellationToken) };
                break;
            default:
                var summary = await queries.SummarizeAsync(id, form.ToSelection(), form.Input.Label, cancellationToken);
                if (summary is null)
                {
                    return NotFound();
                }

                model = model with { Summary = summary, Users = await users.ListActiveAsync(cancellationToken) };
                break;
        }

        return View("Wizard", model);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
