namespace SimpleCrm.Application.Leads;

/// <summary>What a lead status means for the lead: still being worked, won over (converted) or given up. Stored by name.</summary>
public enum LeadStatusMeaning
{
    Open,
    Converted,
    Junk,
}
