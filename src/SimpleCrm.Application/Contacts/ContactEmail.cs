namespace SimpleCrm.Application.Contacts;

/// <summary>One email address of a contact; the first one is the primary.</summary>
public sealed class ContactEmail
{
    public int Id { get; set; }

    public int ContactId { get; set; }

    public string Address { get; set; } = string.Empty;

    /// <summary>Trimmed and lower-cased: what duplicate checks compare.</summary>
    public string Normalized { get; set; } = string.Empty;

    public int Position { get; set; }
}
