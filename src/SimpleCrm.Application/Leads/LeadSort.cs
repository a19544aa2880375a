namespace SimpleCrm.Application.Leads;

public enum LeadSort
{
    Created = 0,
    Name = 1,
    Status = 2,
    Amount = 3,
    Responsible = 4,
}
