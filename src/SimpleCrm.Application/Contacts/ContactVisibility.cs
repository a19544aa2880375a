using SimpleCrm.Application.Common;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Contacts;

/// <summary>
/// The one visibility rule for contacts: Admin and Manager see all; a sales rep sees the contacts
/// they are responsible for and those of the access classes they hold (directly or through a
/// role). Every read and write of contacts goes through here.
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
        if (userId is null)
        {
            return contacts.Where(_ => false);
        }

        // The class ids are a constant list resolved once per request: the database gets
        // "ResponsibleUserId = @me OR AccessClassId IN (...)", not a subquery per row.
        var classIds = user.AccessClassIds.Select(id => (int?)id).ToList();
        return classIds.Count == 0
            ? contacts.Where(c => c.ResponsibleUserId == userId)
            : contacts.Where(c => c.ResponsibleUserId == userId || classIds.Contains(c.AccessClassId));
    }

    public static bool SeesAll(ICurrentUser user) => Roles.SeeAll.Any(user.IsInRole);
}
