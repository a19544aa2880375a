using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>
/// Tasks: the sectioned list ("My tasks"), the full form and the quick add (title and due date), on
/// a record or on none; completing and reopening are one-click posts that go back where they came from.
/// </summary>
[Route("Tasks")]
public sealed class TasksController(TaskQueries queries, TaskCommands commands, UserDirectory users, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(TaskListQuery query, CancellationToken cancellationToken)
    {
        // A section number typed into the URL that is none of ours shows the overview.
        if (query.Section is { } asked && !Enum.IsDefined(asked))
        {
            query = query with { Section = null };
        }

        var sections = await queries.ListAsync(query, cancellationToken);
        var here = Request.Path + Request.QueryString;
        return View(new TaskListViewModel(query, sections, await users.ListActiveAsync(cancellationToken), TaskDates.Today(clock), here));
    }

    [HttpGet("New")]
    public async Task<IActionResult> New(string? recordType, int? recordId, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!TryRecord(recordType, recordId, out var record) || (record is { } target && !await queries.CanAddToAsync(target, cancellationToken)))
        {
            return NotFound();
        }

        return View("Form", new TaskFormViewModel(null, record, new TaskForm { Priority = nameof(TaskPriority.Normal) }, await users.ListActiveAsync(cancellationToken), returnUrl));
    }

    /// <summary>The full form and the quick add post here alike; a refused task re-renders the full form with its messages.</summary>
    [HttpPost("New")]
    public async Task<IActionResult> New(string? recordType, int? recordId, TaskForm form, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!TryRecord(recordType, recordId, out var record))
        {
            return NotFound();
        }

        var (input, failures) = form.ToInput();
        if (failures.Count == 0)
        {
            var result = await commands.CreateAsync(record, input, cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Tasks.Created"]);
                return Back(returnUrl, record);
            }

            failures = [.. result.Failures];
        }

        ModelState.AddFailures(failures, localizer);
        return View("Form", new TaskFormViewModel(null, record, form, await users.ListActiveAsync(cancellationToken), returnUrl));
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, string? returnUrl, CancellationToken cancellationToken) =>
        await queries.GetForEditAsync(id, cancellationToken) is { } task
            ? View("Form", new TaskFormViewModel(task.Id, task.Record, TaskForm.From(task.Input), await users.ListActiveAsync(cancellationToken), returnUrl))
            : NotFound();

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit([FromRoute] int id, TaskForm form, string? returnUrl, CancellationToken cancellationToken)
    {
        if (await queries.GetForEditAsync(id, cancellationToken) is not { } task)
        {
            return NotFound();
        }

        var (input, failures) = form.ToInput();
        if (failures.Count == 0)
        {
            var result = await commands.UpdateAsync(id, input, cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData.Flash(localizer["Tasks.Saved"]);
                return Back(returnUrl, task.Record);
            }

            failures = [.. result.Failures];
        }

        ModelState.AddFailures(failures, localizer);
        return View("Form", new TaskFormViewModel(id, task.Record, form, await users.ListActiveAsync(cancellationToken), returnUrl));
    }

    [HttpPost("{id:int}/Complete")]
    public async Task<IActionResult> Complete([FromRoute] int id, string? returnUrl, CancellationToken cancellationToken) =>
        Done(await commands.CompleteAsync(id, cancellationToken), "Tasks.Completed", returnUrl);

    [HttpPost("{id:int}/Reopen")]
    public async Task<IActionResult> Reopen([FromRoute] int id, string? returnUrl, CancellationToken cancellationToken) =>
        Done(await commands.ReopenAsync(id, cancellationToken), "Tasks.Reopened", returnUrl);

    private IActionResult Done(Result result, string messageKey, string? returnUrl)
    {
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer[messageKey]);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
    }

    private IActionResult Back(string? returnUrl, RecordRef? record) =>
        record is { } target ? this.BackTo(returnUrl, target, LeadCardTabs.Tasks)
        : Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl)
        : RedirectToAction(nameof(Index));

    /// <summary>No record asked for, or one of a type tasks can hang off; false for anything else.</summary>
    private static bool TryRecord(string? recordType, int? recordId, out RecordRef? record)
    {
        record = null;
        if (recordType is null && recordId is null)
        {
            return true;
        }

        record = recordId is { } id ? RecordRef.From(recordType, id) : null;
        return record is not null;
    }
}
