namespace SimpleCrm.Application.Leads;

public enum LeadSort
{
    Created = 0,
    Name = 1,
    Status = 2,
    Amount = 3,
    Responsible = 4,

    /// <summary>By the value of the custom field <see cref="LeadListQuery.SortFieldId"/>; leads without one last.</summary>
    Custom = 5,
}
