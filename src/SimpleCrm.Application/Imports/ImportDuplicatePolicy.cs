namespace SimpleCrm.Application.Imports;

/// <summary>What a row does when its email, phone or company code is already known (in the database or earlier in the file).</summary>
public enum ImportDuplicatePolicy
{
    Skip,
    Update,
    CreateAnyway,
}
