using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.AccessClasses;

/// <summary>Admin > Access classes: list with grants and contact counts, create, edit, delete.</summary>
public sealed class AccessClassAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<AccessClassListItem>> ListAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return [];
        }

        var classes = await db.AccessClasses.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Description }).ToListAsync(cancellationToken);
        var counts = await db.Contacts.AsNoTracking().Where(c => c.AccessClassId != null)
            .GroupBy(c => c.AccessClassId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var userGrants = await db.AccessClassUserGrants.AsNoTracking()
            .Join(db.Users, g => g.UserId, u => u.Id, (g, u) => new { g.AccessClassId, u.Id, u.DisplayName })
            .OrderBy(g => g.DisplayName)
            .ToListAsync(cancellationToken);
        var roleGrants = await db.AccessClassRoleGrants.AsNoTracking()
            .Select(g => new { g.AccessClassId, g.Role!.Name })
            .OrderBy(g => g.Name)
            .ToListAsync(cancellationToken);

        return [.. classes.Select(a => new AccessClassListItem(
            a.Id,
            a.Name,
            a.Description,
            counts.GetValueOrDefault(a.Id),
            [.. userGrants.Where(g => g.AccessClassId == a.Id).Select(g => new UserOption(g.Id, g.DisplayName))],
            [.. roleGrants.Where(g => g.AccessClassId == a.Id).Select(g => g.Name ?? string.Empty)]))];
    }

    /// <summary>Every class as a choice for the contact form (Admin and Manager set it).</summary>
    public async Task<IReadOnlyList<AccessClassOption>> OptionsAsync(CancellationToken cancellationToken) =>
        await db.AccessClasses.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new AccessClassOption(a.Id, a.Name)).ToListAsync(cancellationToken);

    public async Task<Result<AccessClassInput>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var input = IsAdmin
            ? await db.AccessClasses.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new AccessClassInput { Name = a.Name, Description = a.Description })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return input is null ? Result<AccessClassInput>.NotFound() : Result<AccessClassInput>.Ok(input);
    }

    public async Task<Result<int>> CreateAsync(AccessClassInput input, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<int>.NotFound();
        }

        var failures = await ValidateAsync(input, exceptId: null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var accessClass = new AccessClass();
        Apply(accessClass, input);
        db.AccessClasses.Add(accessClass);
        return await SaveAsync(cancellationToken) is { } conflict
            ? Result<int>.Fail(conflict)
            : Result<int>.Ok(accessClass.Id);
    }

    public async Task<Result> UpdateAsync(int id, AccessClassInput input, CancellationToken cancellationToken)
    {
        var accessClass = IsAdmin ? await db.AccessClasses.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        if (accessClass is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(input, id, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        Apply(accessClass, input);
        return await SaveAsync(cancellationToken) is { } conflict ? Result.Fail(conflict) : Result.Success;
    }

    /// <summary>Deletes the class and its grants; its contacts fall back to no class (the key is SET NULL).</summary>
    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = IsAdmin ? await db.AccessClasses.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) : 0;
        return deleted == 0 ? Result.NotFound() : Result.Success;
    }

    private static void Apply(AccessClass accessClass, AccessClassInput input)
    {
        accessClass.Name = input.Name!.Trim();
        accessClass.NameKey = AccessClassInput.NameKeyOf(input.Name);
        accessClass.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
    }

    private async Task<List<Failure>> ValidateAsync(AccessClassInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = input.Validate().ToList();
        if (failures.Count == 0)
        {
            var key = AccessClassInput.NameKeyOf(input.Name!);
            if (await db.AccessClasses.AnyAsync(a => a.NameKey == key && a.Id != exceptId, cancellationToken))
            {
                failures.Add(new Failure(AccessClassMessages.NameTaken, nameof(AccessClassInput.Name)));
            }
        }

        return failures;
    }

    private Task<Failure?> SaveAsync(CancellationToken cancellationToken) =>
        db.SaveOrNameTakenAsync(new Failure(AccessClassMessages.NameTaken, nameof(AccessClassInput.Name)), cancellationToken);
}
