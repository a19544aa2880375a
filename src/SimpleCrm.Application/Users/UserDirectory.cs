using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Users;

/// <summary>Looks up users for pickers and filters.</summary>
public sealed class UserDirectory(CrmDbContext db)
{
    public async Task<IReadOnlyList<UserOption>> ListActiveAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new UserOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
}
