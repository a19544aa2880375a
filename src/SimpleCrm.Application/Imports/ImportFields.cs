namespace SimpleCrm.Application.Imports;

/// <summary>
/// The system field keys a column may be mapped to. Email and Phone may be mapped from several
/// columns (each adds one address or number); Tags reads a list of tags from one cell.
/// </summary>
public static class ImportFields
{
    public const string Kind = "Kind";
    public const string FirstName = "FirstName";
    public const string LastName = "LastName";
    public const string CompanyName = "CompanyName";
    public const string Position = "Position";
    public const string Email = "Email";
    public const string Phone = "Phone";
    public const string Street = "Street";
    public const string City = "City";
    public const string PostalCode = "PostalCode";
    public const string Country = "Country";
    public const string Website = "Website";
    public const string BirthDate = "BirthDate";
    public const string Notes = "Notes";
    public const string Tags = "Tags";

    /// <summary>A contact's fields, in the order a template lists them.</summary>
    public static IReadOnlyList<string> Contact { get; } =
        [Kind, FirstName, LastName, CompanyName, Position, Email, Phone, Street, City, PostalCode, Country, Website, BirthDate, Notes, Tags];

    /// <summary>The plain text fields an update overwrites when the file has a value for them.</summary>
    public static IReadOnlyList<string> ContactText { get; } =
        [FirstName, LastName, CompanyName, Position, Street, City, PostalCode, Country, Website, Notes];
}
