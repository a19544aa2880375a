using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// The one visibility rule for deals: Admin and Manager see all; a sales rep sees the deals they are
/// responsible for and every deal of a contact they may see (<see cref="ContactVisibility"/>: their
/// own contacts and those of the access classes they hold). Every read and write of deals goes through here.
/// </summary>
public static class DealVisibility
{
    public static IQueryable<Deal> VisibleTo(this IQueryable<Deal> deals, ICurrentUser user)
    {
        if (ContactVisibility.SeesAll(user))
        {
            return deals;
        }

        var userId = user.UserId;
        if (userId is null)
        {
            return deals.Where(_ => false);
        }

        var classIds = user.AccessClassIds.Select(id => (int?)id).ToList();
        return classIds.Count == 0
            ? deals.Where(d => d.ResponsibleUserId == userId || d.Contact!.ResponsibleUserId == userId)
            : deals.Where(d => d.ResponsibleUserId == userId || d.Contact!.ResponsibleUserId == userId || classIds.Contains(d.Contact!.AccessClassId));
    }
}
