using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Contacts;

/// <summary>What a user may set on a contact: the create and edit form binds exactly this.</summary>
public sealed class ContactInput
{
    public ContactKind Kind { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public string? Position { get; set; }

    public List<string?> Emails { get; set; } = [];

    public List<string?> Phones { get; set; } = [];

    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Website { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Notes { get; set; }

    public string? ResponsibleUserId { get; set; }

    /// <summary>The contact's access class (none when null). Only Admin and Manager may set it; a sales rep's value is ignored.</summary>
    public int? AccessClassId { get; set; }

    /// <summary>The contact's custom fields as the form posts them; checked against the active contact fields.</summary>
    public List<CustomFieldEntry> CustomFields { get; set; } = [];
}
