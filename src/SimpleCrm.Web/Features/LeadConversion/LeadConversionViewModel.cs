using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads.Conversion;

namespace SimpleCrm.Web.Features.LeadConversion;

/// <summary>
/// The conversion page: the lead's draft, the form as shown (prefilled, or as posted when refused),
/// and, once the user searched, the visible contacts the lead could be assigned to.
/// </summary>
public sealed record LeadConversionViewModel(LeadConversionDraft Draft, LeadConversionInput Input, string? Term, IReadOnlyList<ContactListItem> Found)
{
    public bool Searched => !string.IsNullOrWhiteSpace(Term);

    /// <summary>Anything to assign the lead to without searching: the contact it is linked to, or contacts that look the same.</summary>
    public bool HasSuggestions => Draft.ContactId is not null || Draft.Matches.Count > 0;
}
