using System.Security.Claims;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Startup;

/// <summary>The signed-in user of the current request.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    // Until resolved the user holds no class: a missed resolution hides contacts, never shows them.
    private IReadOnlyCollection<int> _accessClassIds = [];

    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public IReadOnlyCollection<int> AccessClassIds => _accessClassIds;

    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) ?? false;

    /// <summary>Looks up the user's access classes once for the request; nothing to do for roles that see all.</summary>
    public async Task ResolveAccessClassesAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var userId = UserId;
        if (userId is null || ContactVisibility.SeesAll(this))
        {
            return;
        }

        var roleNames = Roles.All.Where(IsInRole).ToList();
        _accessClassIds = await HeldAccessClasses.ForUserAsync(db, userId, roleNames, cancellationToken);
    }
}
