using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Lists;

/// <summary>
/// Who may rename or delete a list: its creator, or a role that sees every contact (Admin, Manager).
/// Anyone signed in may create lists and put the contacts they see on any list.
/// </summary>
public static class ListPermissions
{
    public static bool MayChange(string? createdById, ICurrentUser user) =>
        ContactVisibility.SeesAll(user) || (user.UserId is not null && createdById == user.UserId);
}
