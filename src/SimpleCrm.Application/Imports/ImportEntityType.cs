namespace SimpleCrm.Application.Imports;

/// <summary>What an import creates: contacts or leads.</summary>
public enum ImportEntityType
{
    Contact,
    Lead,
}
