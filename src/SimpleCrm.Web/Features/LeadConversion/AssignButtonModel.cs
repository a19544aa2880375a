namespace SimpleCrm.Web.Features.LeadConversion;

/// <summary>One "assign to this contact" button: the lead, the version its page showed, the Converted status picked and the contact.</summary>
public sealed record AssignButtonModel(int LeadId, Guid Version, int? StatusId, int ContactId, string ContactName);
