namespace SimpleCrm.Application.Contacts;

/// <summary>One row of the contact list.</summary>
public sealed record ContactListItem(
    int Id,
    ContactKind Kind,
    string DisplayName,
    string? CompanyName,
    int? CompanyId,
    string? Email,
    string? Phone,
    string? PhoneE164,
    string? ResponsibleName,
    DateTime CreatedAt,
    string? AccessClassName = null);
