using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Imports;

/// <summary>Who sees an import (its page, counts, error file, undo): its creator, and Admin and Manager.</summary>
public static class ImportVisibility
{
    public static IQueryable<Import> VisibleTo(this IQueryable<Import> imports, ICurrentUser user)
    {
        if (ContactVisibility.SeesAll(user))
        {
            return imports;
        }

        var userId = user.UserId;
        return userId is null ? imports.Where(_ => false) : imports.Where(i => i.CreatedById == userId);
    }
}
