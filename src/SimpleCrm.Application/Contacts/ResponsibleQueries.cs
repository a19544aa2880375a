using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Contacts;

/// <summary>Who is responsible for how many contacts, counted over the contacts the reader may see.</summary>
public sealed class ResponsibleQueries(CrmDbContext db, ICurrentUser user)
{
    /// <summary>One GROUP BY over the visible contacts, the most contacts first.</summary>
    public async Task<IReadOnlyList<ResponsibleCount>> ListAsync(CancellationToken cancellationToken) =>
        await db.Contacts.AsNoTracking().VisibleTo(user)
            .GroupBy(c => new { c.ResponsibleUserId, DisplayName = c.ResponsibleUser != null ? c.ResponsibleUser.DisplayName : null })
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.DisplayName)
            .Select(g => new ResponsibleCount(g.Key.ResponsibleUserId, g.Key.DisplayName, g.Count()))
            .ToListAsync(cancellationToken);
}
