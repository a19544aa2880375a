using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// The one visibility rule for leads: Admin and Manager see all; a sales rep sees the leads they are
/// responsible for, and those whose contact they may see through an access class it holds.
/// </summary>
public static class LeadVisibility
{
    public static IQueryable<Lead> VisibleTo(this IQueryable<Lead> leads, ICurrentUser user)
    {
        if (ContactVisibility.SeesAll(user))
        {
            return leads;
        }

        var userId = user.UserId;
        if (userId is null)
        {
            return leads.Where(_ => false);
        }

        var classIds = user.AccessClassIds.Select(id => (int?)id).ToList();
        return classIds.Count == 0
            ? leads.Where(l => l.ResponsibleUserId == userId)
            : leads.Where(l => l.ResponsibleUserId == userId || (l.Contact != null && classIds.Contains(l.Contact.AccessClassId)));
    }

    /// <summary>
    /// The same rule as disjoint parts whose counts add up to the count of <see cref="VisibleTo"/>:
    /// one part for whoever sees all or holds no access class; for a sales rep with classes, their own
    /// leads and, apart, others' leads whose contact is in one of their classes. Each part can seek an
    /// index (responsible user; contact's class then lead's contact), where the rule's OR makes SQLite
    /// read every lead.
    /// </summary>
    public static IReadOnlyList<IQueryable<Lead>> VisibleParts(this IQueryable<Lead> leads, ICurrentUser user)
    {
        var userId = user.UserId;
        if (ContactVisibility.SeesAll(user) || userId is null || user.AccessClassIds.Count == 0)
        {
            return [leads.VisibleTo(user)];
        }

        var classIds = user.AccessClassIds.Select(id => (int?)id).ToList();
        return
        [
            leads.Where(l => l.ResponsibleUserId == userId),
            leads.Where(l => l.ResponsibleUserId != userId && l.Contact != null && classIds.Contains(l.Contact.AccessClassId)),
        ];
    }
}
