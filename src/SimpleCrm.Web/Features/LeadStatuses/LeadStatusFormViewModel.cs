using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.LeadStatuses;

/// <summary>The create and edit form of a lead status; no id while creating, a resource key while a seeded status keeps its text.</summary>
public sealed record LeadStatusFormViewModel(int? Id, LeadStatusInput Input, string? ResourceKey = null);
