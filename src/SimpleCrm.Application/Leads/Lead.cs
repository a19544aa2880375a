using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// A potential customer not yet qualified: a business card from a fair, a call, a web form. Its
/// name is the only field always required, and may be a product or service rather than a person.
/// Worked through statuses; converted into (or linked to) a contact.
/// </summary>
public sealed class Lead : IAuditable, IVersioned, IHasFieldHistory
{
    /// <summary>Field changes go into the lead's history (see FieldHistoryInterceptor).</summary>
    public string HistoryRecordType => HistoryRecordTypes.Lead;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    // LeadCommands records a move as StatusChanged, in its own words.
    [NotInHistory]
    public int StatusId { get; set; }

    public LeadStatus? Status { get; set; }

    public int SourceId { get; set; }

    public LeadSource? Source { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    /// <summary>Registry number or VAT id, as typed.</summary>
    public string? CompanyCode { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    [NotInHistory]
    public string? PhoneE164 { get; set; }

    public string? Website { get; set; }

    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public DateOnly? BirthDate { get; set; }

    public decimal? EstimatedAmount { get; set; }

    /// <summary>ISO 4217 code of the estimated amount ("PLN").</summary>
    public string? Currency { get; set; }

    public string? ProductsOfInterest { get; set; }

    public string? ResponsibleUserId { get; set; }

    public AppUser? ResponsibleUser { get; set; }

    /// <summary>The contact the lead was converted into or assigned to; its holders of the contact's class see the lead too.</summary>
    // LeadCommands records a link as LinkedToContact.
    [NotInHistory]
    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    /// <summary>When the lead was converted into (or assigned to) its contact; a lead is converted once, whatever its status later.</summary>
    [NotInHistory]
    public DateTime? ConvertedAt { get; set; }

    /// <summary>Order of the card inside its kanban column (lower first); gaps leave room to drop between two cards.</summary>
    [NotInHistory]
    public long KanbanRank { get; set; }

    /// <summary>Folded lead name: the sort key of the Name column.</summary>
    [NotInHistory]
    public string NameKey { get; set; } = string.Empty;

    /// <summary>Folded "last first" of the person, as contacts' NameKey: the duplicate check compares it in both word orders.</summary>
    [NotInHistory]
    public string? PersonKey { get; set; }

    /// <summary>Folded company name: the duplicate check compares it with leads' and company contacts' names.</summary>
    [NotInHistory]
    public string? CompanyKey { get; set; }

    /// <summary>Lower-cased email: what the duplicate check compares.</summary>
    [NotInHistory]
    public string? EmailKey { get; set; }

    /// <summary>Letters and digits of the company code, upper-cased ("PL 123-456" = "pl123456").</summary>
    [NotInHistory]
    public string? CompanyCodeKey { get; set; }

    /// <summary>Folded names, company, email, city and phone digits: what the fragment search looks in.</summary>
    [NotInHistory]
    public string SearchText { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }

    [NotInHistory]
    public bool IsDeleted { get; set; }

    [NotInHistory]
    public DateTime? DeletedAt { get; set; }

    [NotInHistory]
    public string? DeletedById { get; set; }

    public Guid Version { get; set; }

    /// <summary>Recomputes the derived sort, search and duplicate-check columns from the lead's data.</summary>
    public void RefreshDerivedFields()
    {
        NameKey = TextFolding.Fold(Name);
        PersonKey = LeadKeys.Person(FirstName, LastName);
        CompanyKey = LeadKeys.Company(CompanyName);
        EmailKey = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim().ToLowerInvariant();
        var code = new string([.. (CompanyCode ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        CompanyCodeKey = code.Length == 0 ? null : code;
        var folded = TextFolding.Fold(string.Join(' ', new[] { Name, FirstName, LastName, CompanyName, Email, City }.Where(p => !string.IsNullOrWhiteSpace(p))));
        var digits = TextFolding.Digits(PhoneE164 ?? Phone);
        SearchText = digits.Length == 0 ? folded : folded + ' ' + digits;
    }
}
