namespace SimpleCrm.Application.Contacts;

/// <summary>Everything the contact profile page shows.</summary>
public sealed record ContactProfile(
    int Id,
    ContactKind Kind,
    string DisplayName,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    ContactLink? Company,
    string? Position,
    IReadOnlyList<string> Emails,
    IReadOnlyList<ContactProfilePhone> Phones,
    string? Street,
    string? City,
    string? PostalCode,
    string? Country,
    string? Website,
    DateOnly? BirthDate,
    string? Notes,
    string? ResponsibleUserId,
    string? ResponsibleName,
    string? CreatedByName,
    DateTime CreatedAt,
    string? UpdatedByName,
    DateTime UpdatedAt,
    IReadOnlyList<ContactLink> People,
    string? AccessClassName = null);

/// <summary>A link to another contact: its id and what to show.</summary>
public sealed record ContactLink(int Id, string DisplayName, string? Position);

/// <summary>A phone as typed, with its E.164 form for tel: links.</summary>
public sealed record ContactProfilePhone(string Number, string? E164);
