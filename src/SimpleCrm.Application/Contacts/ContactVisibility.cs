using SimpleCrm.Application.Common;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Contacts;

/// <summary>
/// The one visibility rule for contacts: Admin and Manager see all; a sales rep sees the contacts
/// they are responsible for. Every read and write of contacts goes through here.
/// </summary>
public static class ContactVisibility
{
    public static IQueryable<Contact> VisibleTo(this IQueryable<Contact> contacts, ICurrentUser user)
    {
        if (SeesAll(user))
        {
            return contacts;
        }

        var userId = user.UserId;
        return userId is null ? contacts.Where(_ => false) : contacts.Where(c => c.ResponsibleUserId == userId);
    }

    public static bool SeesAll(ICurrentUser user) => Roles.SeeAll.Any(user.IsInRole);
}
