namespace SimpleCrm.Application.Leads;

/// <summary>
/// Everything the lead card shows, with the names of its status, source and people, and the version
/// that guards a change from the card. The linked contact (the client) comes only when the user may
/// see it: otherwise both <see cref="ContactId"/> and <see cref="ContactName"/> are null.
/// </summary>
public sealed record LeadCard(
    int Id,
    string Name,
    int StatusId,
    string StatusName,
    string? StatusResourceKey,
    string StatusColor,
    LeadStatusMeaning StatusMeaning,
    string SourceName,
    string? SourceResourceKey,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? CompanyCode,
    string? Email,
    string? Phone,
    string? PhoneE164,
    string? Website,
    string? Street,
    string? City,
    string? PostalCode,
    string? Country,
    DateOnly? BirthDate,
    decimal? EstimatedAmount,
    string? Currency,
    string? ProductsOfInterest,
    string? ResponsibleName,
    int? ContactId,
    string? ContactName,
    DateTime CreatedAt,
    string? CreatedByName,
    DateTime UpdatedAt,
    string? UpdatedByName,
    Guid Version,
    DateTime? ConvertedAt = null)
{
    /// <summary>Converted into or assigned to its contact (once; see the conversion).</summary>
    public bool IsConverted => ConvertedAt is not null;

    /// <summary>First and last name together, or null when neither is known.</summary>
    public string? PersonName => FirstName is null && LastName is null ? null : $"{FirstName} {LastName}".Trim();
}
