namespace SimpleCrm.Web.Features.LeadConversion;

/// <summary>One "assign to this contact" button: the lead and the contact (the conversion form it submits carries the version, status and deal).</summary>
public sealed record AssignButtonModel(int LeadId, int ContactId, string ContactName);
