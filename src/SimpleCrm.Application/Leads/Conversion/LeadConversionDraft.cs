using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Leads.Conversion;

/// <summary>
/// The conversion page of one lead: the form prefilled from the lead, who will own the new contact,
/// and the contacts it could be assigned to instead (the one it is linked to, then possible matches).
/// <see cref="ContactId"/> and <see cref="ContactName"/>: the contact the lead is linked to (or, when
/// converted, went to), only when the user may see it. <see cref="Pipelines"/>: the active pipelines'
/// Open stages a deal may start in.
/// </summary>
public sealed record LeadConversionDraft(
    int LeadId,
    string LeadName,
    Guid Version,
    LeadConversionInput Input,
    string? CompanyCode,
    string? OwnerName,
    bool IsConverted,
    int? ContactId,
    string? ContactName,
    IReadOnlyList<LeadDuplicate> Matches,
    IReadOnlyList<PipelineOption> Pipelines);
