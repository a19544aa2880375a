using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.Leads;

/// <summary>
/// The possible-duplicates warning of the lead form. With <paramref name="CanAct"/> it sits inside
/// the posted form and offers "save anyway" and "link to this contact"; the live hint (a GET while
/// typing) shows the same list without anything that posts.
/// </summary>
public sealed record LeadDuplicatesViewModel(IReadOnlyList<LeadDuplicate> Items, bool CanAct)
{
    /// <summary>The form field that the "save anyway" button sets.</summary>
    public const string IgnoreField = "ignoreDuplicates";

    /// <summary>The form field that a "link to this contact" button sets to the contact's id.</summary>
    public const string LinkField = "linkContactId";

    public static readonly LeadDuplicatesViewModel None = new([], CanAct: false);

    public static string KindKey(LeadDuplicateKind kind) => kind == LeadDuplicateKind.Contact ? "Leads.Duplicates.Contact" : "Leads.Duplicates.Lead";

    public static string ReasonKey(LeadDuplicateReason reason) => reason switch
    {
        LeadDuplicateReason.SameEmail => "Leads.Duplicates.SameEmail",
        LeadDuplicateReason.SamePhone => "Leads.Duplicates.SamePhone",
        LeadDuplicateReason.SameCompanyCode => "Leads.Duplicates.SameCompanyCode",
        LeadDuplicateReason.SameName => "Leads.Duplicates.SameName",
        _ => "Leads.Duplicates.SameCompany",
    };
}
