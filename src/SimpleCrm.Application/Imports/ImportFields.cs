namespace SimpleCrm.Application.Imports;

/// <summary>
/// The system field keys a column may be mapped to (each titled "Imports.Field.{key}"). Email and Phone
/// may be mapped from several contact columns (each adds one address or number); Tags reads a list of
/// tags from one cell; Status, Source and Responsible name a lead's status, source and responsible user
/// (by name, else the import's default).
/// </summary>
public static class ImportFields
{
    public const string Kind = "Kind";
    public const string Name = "Name";
    public const string FirstName = "FirstName";
    public const string LastName = "LastName";
    public const string CompanyName = "CompanyName";
    public const string CompanyCode = "CompanyCode";
    public const string Position = "Position";
    public const string Email = "Email";
    public const string Phone = "Phone";
    public const string Street = "Street";
    public const string City = "City";
    public const string PostalCode = "PostalCode";
    public const string Country = "Country";
    public const string Website = "Website";
    public const string BirthDate = "BirthDate";
    public const string EstimatedAmount = "EstimatedAmount";
    public const string Currency = "Currency";
    public const string ProductsOfInterest = "ProductsOfInterest";
    public const string Status = "Status";
    public const string Source = "Source";
    public const string Responsible = "Responsible";
    public const string Notes = "Notes";
    public const string Tags = "Tags";

    /// <summary>A contact's fields, in the order a template and the mapping list them.</summary>
    public static IReadOnlyList<string> Contact { get; } =
        [Kind, FirstName, LastName, CompanyName, Position, Email, Phone, Street, City, PostalCode, Country, Website, BirthDate, Notes, Tags];

    /// <summary>A lead's fields, in the order a template and the mapping list them.</summary>
    public static IReadOnlyList<string> Lead { get; } =
    [
        Name, Status, Source, Responsible, FirstName, LastName, CompanyName, CompanyCode, Email, Phone, Website, Street, City, PostalCode, Country,
        BirthDate, EstimatedAmount, Currency, ProductsOfInterest,
    ];

    /// <summary>The plain text fields an update overwrites when the file has a value for them.</summary>
    public static IReadOnlyList<string> ContactText { get; } =
        [FirstName, LastName, CompanyName, Position, Street, City, PostalCode, Country, Website, Notes];

    /// <summary>Fields several columns may be mapped to at once.</summary>
    public static IReadOnlySet<string> Repeatable { get; } = new HashSet<string>(StringComparer.Ordinal) { Email, Phone, Tags };

    public static IReadOnlyList<string> For(ImportEntityType entityType) => entityType == ImportEntityType.Lead ? Lead : Contact;

    /// <summary>
    /// Every record needs a name: at least one of these must be mapped before the wizard goes on (a
    /// lead's name may also come from its person or company, as on the lead form).
    /// </summary>
    public static IReadOnlyList<string> NameFields(ImportEntityType entityType) =>
        entityType == ImportEntityType.Lead ? [Name, FirstName, LastName, CompanyName] : [FirstName, LastName, CompanyName];
}
