namespace SimpleCrm.Application.Leads;

/// <summary>How the lead list puts its rows under group headers.</summary>
public enum LeadGrouping
{
    None = 0,
    Status = 1,
    CreatedMonth = 2,
}
