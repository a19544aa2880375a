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
}
