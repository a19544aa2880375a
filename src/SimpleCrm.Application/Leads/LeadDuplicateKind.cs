namespace SimpleCrm.Application.Leads;

public enum LeadDuplicateKind
{
    Lead,
    Contact,
}
