namespace SimpleCrm.Application.Merging;

/// <summary>A single-valued field of a contact whose surviving value the user picks when merging.</summary>
public enum MergeField
{
    FirstName,
    LastName,
    Company,
    Position,
    Street,
    City,
    PostalCode,
    Country,
    Website,
    BirthDate,
    Notes,
    Responsible,
    AccessClass,
}
