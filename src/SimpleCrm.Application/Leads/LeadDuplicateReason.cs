namespace SimpleCrm.Application.Leads;

/// <summary>Why a lead or contact looks like the lead being typed, strongest first.</summary>
public enum LeadDuplicateReason
{
    SameEmail,
    SamePhone,
    SameCompanyCode,
    SameName,
    SameCompany,
}
