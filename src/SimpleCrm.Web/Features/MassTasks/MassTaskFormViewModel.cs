using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Tasks;

namespace SimpleCrm.Web.Features.MassTasks;

/// <summary>
/// The mass task form: on how many leads (the ticked ids or the whole filter, <see cref="Leads"/>) or
/// contacts (the list's query, <see cref="Contacts"/>), the task, who gets each one, and the task
/// templates it can be filled in from.
/// </summary>
public sealed record MassTaskFormViewModel(
    int Count,
    TaskForm Form,
    MassTaskAssignee Assignee,
    IReadOnlyList<UserOption> Users,
    LeadTarget? Leads,
    ContactListQuery? Contacts,
    IReadOnlyList<TaskTemplateOption> Templates)
{
    /// <summary>The template the form was filled in from, still chosen in the picker.</summary>
    public int? TemplateId { get; init; }
}

/// <summary>The leads' side of the form: the ids ticked in the list (or all matching), the list's filter and where to go back.</summary>
public sealed record LeadTarget(LeadBulkRequest Request, LeadListQuery Query, string? ReturnUrl);
