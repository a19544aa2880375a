using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>What the template form offers: the active users for the specific-user rule, the lead statuses and the active pipelines' stages to attach.</summary>
public sealed record TaskTemplateForm(IReadOnlyList<UserOption> Users, IReadOnlyList<LeadStatusOption> Statuses, IReadOnlyList<PipelineOption> Pipelines);
