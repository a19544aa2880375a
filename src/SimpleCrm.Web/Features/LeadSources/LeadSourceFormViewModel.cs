using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.LeadSources;

/// <summary>The create and rename form of a lead source; no id while creating, a resource key while a seeded source keeps its text.</summary>
public sealed record LeadSourceFormViewModel(int? Id, LeadSourceInput Input, string? ResourceKey = null);
