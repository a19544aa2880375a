using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Contacts;

public sealed record ContactProfileViewModel(ContactProfile Contact, IReadOnlyList<UserOption> Users, IReadOnlyList<string> Tags)
{
    /// <summary>A website link that always has a scheme, so "www.x.pl" does not become a relative link.</summary>
    public string? WebsiteUrl => Contact.Website is null ? null
        : Contact.Website.Contains("://", StringComparison.Ordinal) ? Contact.Website : "https://" + Contact.Website;
}
