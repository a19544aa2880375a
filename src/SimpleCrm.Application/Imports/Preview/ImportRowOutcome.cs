namespace SimpleCrm.Application.Imports;

/// <summary>What the run will do with a row.</summary>
public enum ImportRowOutcome
{
    Create,
    Update,
    SkipDuplicate,
    Fail,
}
