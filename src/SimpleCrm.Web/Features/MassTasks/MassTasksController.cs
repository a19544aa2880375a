using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Contacts;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Features.Tasks;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.MassTasks;

/// <summary>
/// One identical task on every selected lead (the lead list's ticked rows or all matching) or contact
/// (the basket or a filter, from the bulk page). Only records the user sees get one.
/// </summary>
public sealed class MassTasksController(
    MassTaskCreation creation, TaskTemplateStarts templates, UserDirectory users, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>
    /// The form, opened from the lead list's bulk bar with its ticked rows and filter, or filled in
    /// from a task template (<paramref name="template"/>, the form's "Fill in").
    /// </summary>
    [HttpPost("Leads/Tasks/New")]
    public async Task<IActionResult> ForLeads(
        [Bind(Prefix = "bulk")] LeadBulkRequest bulk, [FromForm] LeadListQuery query, string? returnUrl, int? template, CancellationToken cancellationToken)
    {
        var target = new LeadTarget(bulk with { Query = query }, query, returnUrl);
        var count = ModelState.IsValid ? await creation.CountLeadsAsync(target.Request, cancellationToken) : 0;
        if (count == 0)
        {
            TempData.Flash(localizer[LeadMessages.BulkNoneSelected]);
            return BackToLeads(target);
        }

        var (form, assignee) = await StartAsync(template, cancellationToken);
        return View("Form", await FormAsync(count, form, assignee, target, null, cancellationToken) with { TemplateId = template });
    }

    [HttpPost("Leads/Tasks")]
    public async Task<IActionResult> CreateForLeads(
        [Bind(Prefix = "bulk")] LeadBulkRequest bulk, [FromForm] LeadListQuery query, string? returnUrl, TaskForm form, string? assignee, CancellationToken cancellationToken)
    {
        var target = new LeadTarget(bulk with { Query = query }, query, returnUrl);
        var (input, failures) = Read(form, assignee, ModelState.IsValid);
        if (failures.Count == 0)
        {
            var result = await creation.ForLeadsAsync(target.Request, input, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(Created(result.Value));
                return BackToLeads(target);
            }

            failures.AddRange(result.Failures);
        }

        ModelState.AddFailures(failures, localizer);
        var count = await creation.CountLeadsAsync(target.Request, cancellationToken);
        return View("Form", await FormAsync(count, form, input.Assignee, target, null, cancellationToken));
    }

    /// <summary>
    /// The form for the contacts a list query matches (the basket with Selected), linked from the bulk
    /// page, or filled in from a task template (<paramref name="template"/>).
    /// </summary>
    [HttpGet("Bulk/Tasks")]
    public async Task<IActionResult> ForContacts([FromQuery] ContactListQuery query, int? template, CancellationToken cancellationToken)
    {
        var (form, assignee) = await StartAsync(template, cancellationToken);
        var count = await creation.CountContactsAsync(query, cancellationToken);
        return View("Form", await FormAsync(count, form, assignee, null, query with { Page = 1 }, cancellationToken) with { TemplateId = template });
    }

    [HttpPost("Bulk/Tasks")]
    public async Task<IActionResult> CreateForContacts([FromForm] ContactListQuery query, TaskForm form, string? assignee, CancellationToken cancellationToken)
    {
        var (input, failures) = Read(form, assignee, ModelState.IsValid);
        if (failures.Count == 0)
        {
            var result = await creation.ForContactsAsync(query, input, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(Created(result.Value));
                return RedirectToAction("Index", "Contacts", ContactListViewModel.RouteValues(query with { Page = 1 }));
            }

            failures.AddRange(result.Failures);
        }

        ModelState.AddFailures(failures, localizer);
        return View("Form", await FormAsync(await creation.CountContactsAsync(query, cancellationToken), form, input.Assignee, null, query with { Page = 1 }, cancellationToken));
    }

    /// <summary>
    /// The task's fields as the task form reads them, and the assignee rule ("Responsible" or
    /// "ChosenUser"); a target the binder could not read (a tampered filter) is one message on the form.
    /// </summary>
    private static (MassTaskInput Input, List<Failure> Failures) Read(TaskForm form, string? assignee, bool targetValid)
    {
        var (task, failures) = form.ToInput();
        if (!targetValid)
        {
            failures.Add(new Failure(Messages.InvalidValue));
        }

        var input = new MassTaskInput { Task = task };
        if (Enum.TryParse<MassTaskAssignee>(assignee, ignoreCase: false, out var rule) && Enum.IsDefined(rule) && !char.IsDigit(assignee![0]))
        {
            input.Assignee = rule;
        }
        else
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(MassTaskInput.Assignee)));
        }

        return (input, failures);
    }

    /// <summary>An empty form, or one a template fills in; a template archived meanwhile is a message on the empty form.</summary>
    private async Task<(TaskForm Form, MassTaskAssignee Assignee)> StartAsync(int? template, CancellationToken cancellationToken)
    {
        if (template is { } id)
        {
            if (await templates.MassTaskAsync(id, cancellationToken) is { } start)
            {
                return (TaskForm.From(start.Task), start.Assignee);
            }

            ModelState.AddModelError(string.Empty, localizer[TaskTemplateMessages.Gone]);
        }

        return (new TaskForm { Priority = nameof(TaskPriority.Normal) }, MassTaskAssignee.Responsible);
    }

    private string Created(int count) =>
        count == 1 ? localizer["MassTasks.CreatedOne"] : localizer["MassTasks.Created", count.ToString("N0", CultureInfo.CurrentCulture)];

    private async Task<MassTaskFormViewModel> FormAsync(
        int count, TaskForm form, MassTaskAssignee assignee, LeadTarget? leads, ContactListQuery? contacts, CancellationToken cancellationToken) =>
        new(count, form, assignee, await users.ListActiveAsync(cancellationToken), leads, contacts, await templates.ListAsync(cancellationToken));

    private IActionResult BackToLeads(LeadTarget target) =>
        Url.IsLocalUrl(target.ReturnUrl)
            ? LocalRedirect(target.ReturnUrl)
            : RedirectToAction(nameof(LeadsController.Index), "Leads", LeadListViewModel.RouteValues(target.Query));
}
