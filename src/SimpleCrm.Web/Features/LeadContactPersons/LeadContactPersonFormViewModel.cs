using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.LeadContactPersons;

/// <summary>The contact person form page: a new person refused (no <see cref="Id"/>) or an edit.</summary>
public sealed record LeadContactPersonFormViewModel(int LeadId, int? Id, LeadContactPersonInput Input);
