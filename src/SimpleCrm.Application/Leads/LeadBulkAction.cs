namespace SimpleCrm.Application.Leads;

/// <summary>What a mass action does to the selected leads.</summary>
public enum LeadBulkAction
{
    ChangeStatus = 1,
    AssignResponsible = 2,
    Delete = 3,
}
