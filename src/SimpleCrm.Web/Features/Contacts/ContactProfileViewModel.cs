using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Contacts;

public sealed record ContactProfileViewModel(ContactProfile Contact, IReadOnlyList<UserOption> Users, IReadOnlyList<string> Tags)
{
    /// <summary>The leads converted into or assigned to the contact that the user may see, newest first.</summary>
    public IReadOnlyList<ContactLead> Leads { get; init; } = [];

    /// <summary>The active contact fields with this contact's values.</summary>
    public IReadOnlyList<CustomFieldShown> CustomFields { get; init; } = [];

    /// <summary>A website link that always has a scheme, so "www.x.pl" does not become a relative link.</summary>
    public string? WebsiteUrl => Contact.Website is null ? null
        : Contact.Website.Contains("://", StringComparison.Ordinal) ? Contact.Website : "https://" + Contact.Website;
}
