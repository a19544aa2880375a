using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Contacts;

/// <summary>The customer record: a person or a company. A person may belong to a company contact.</summary>
public sealed class Contact : IAuditable, IVersioned, IHasFieldHistory
{
    /// <summary>Field changes go into the contact's history (see FieldHistoryInterceptor).</summary>
    public string HistoryRecordType => HistoryRecordTypes.Contact;

    public int Id { get; set; }

    public ContactKind Kind { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>For a company: its name. For a person: the company they work for, as typed or linked.</summary>
    public string? CompanyName { get; set; }

    // Follows the company name, which is recorded.
    [NotInHistory]
    public int? CompanyId { get; set; }

    public Contact? Company { get; set; }

    public List<Contact> People { get; set; } = [];

    public string? Position { get; set; }

    public List<ContactEmail> Emails { get; set; } = [];

    public List<ContactPhone> Phones { get; set; } = [];

    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Website { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Notes { get; set; }

    public string? ResponsibleUserId { get; set; }

    public AppUser? ResponsibleUser { get; set; }

    /// <summary>The contact's access class: its holders see the contact too (see ContactVisibility).</summary>
    // ContactAccessClassSetter records it as AccessClassSet.
    [NotInHistory]
    public int? AccessClassId { get; set; }

    public AccessClass? AccessClass { get; set; }

    public List<ContactTag> Tags { get; set; } = [];

    /// <summary>What the list shows as the name: "First Last" for a person, the name of a company.</summary>
    [NotInHistory]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Folded display name ("last first" for people), the sort key of the Name column.</summary>
    [NotInHistory]
    public string NameKey { get; set; } = string.Empty;

    /// <summary>Folded company name, the sort key of the Company column.</summary>
    [NotInHistory]
    public string CompanyKey { get; set; } = string.Empty;

    /// <summary>Folded names, company, emails and phone digits: what the fragment search looks in.</summary>
    [NotInHistory]
    public string SearchText { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }

    /// <summary>Soft-deleted: hidden by the query filter until an admin restores it.</summary>
    [NotInHistory]
    public bool IsDeleted { get; set; }

    [NotInHistory]
    public DateTime? DeletedAt { get; set; }

    [NotInHistory]
    public string? DeletedById { get; set; }

    /// <summary>Set when this contact was merged into another: old links to it lead to the survivor.</summary>
    // The merge records Merged and MergedInto.
    [NotInHistory]
    public int? MergedIntoId { get; set; }

    public Guid Version { get; set; }

    /// <summary>Recomputes the derived name, sort and search columns from the contact's data.</summary>
    public void RefreshDerivedFields()
    {
        DisplayName = Kind == ContactKind.Company
            ? CompanyName?.Trim() ?? string.Empty
            : string.Join(' ', new[] { FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        NameKey = Kind == ContactKind.Company
            ? TextFolding.Fold(CompanyName)
            : TextFolding.Fold(string.Join(' ', new[] { LastName, FirstName }.Where(p => !string.IsNullOrWhiteSpace(p))));
        CompanyKey = TextFolding.Fold(CompanyName);
        var parts = new List<string?> { FirstName, LastName, CompanyName, Position, City };
        parts.AddRange(Emails.Select(e => e.Address));
        var folded = TextFolding.Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
        var phoneDigits = string.Join(' ', Phones.Select(p => TextFolding.Digits(p.E164 ?? p.Number)));
        SearchText = phoneDigits.Length == 0 ? folded : folded + ' ' + phoneDigits;
    }
}
