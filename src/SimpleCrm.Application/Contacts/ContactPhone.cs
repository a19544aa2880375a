namespace SimpleCrm.Application.Contacts;

/// <summary>One phone number of a contact; the first one is the primary.</summary>
public sealed class ContactPhone
{
    public int Id { get; set; }

    public int ContactId { get; set; }

    /// <summary>As the user typed it.</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>E.164 form ("+48601234567"): what duplicate checks compare and tel: links dial.</summary>
    public string? E164 { get; set; }

    public int Position { get; set; }
}
