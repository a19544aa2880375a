using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// Admin > Lead sources: list in order, create, rename, retire and reactivate, delete an unused one,
/// reorder. At least one source stays active, so a new lead always has one to pick.
/// </summary>
public sealed class LeadSourceAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<LeadSourceListItem>> ListAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return [];
        }

        // Deleted leads count too: they keep their source and may be restored.
        var counts = await db.Leads.IgnoreQueryFilters().AsNoTracking()
            .GroupBy(l => l.SourceId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var sources = await db.LeadSources.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.ResourceKey, s.IsActive })
            .ToListAsync(cancellationToken);
        return [.. sources.Select(s => new LeadSourceListItem(s.Id, s.Name, s.ResourceKey, s.IsActive, counts.GetValueOrDefault(s.Id)))];
    }

    public async Task<Result<LeadSourceInput>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var input = IsAdmin
            ? await db.LeadSources.AsNoTracking().Where(s => s.Id == id).Select(s => new LeadSourceInput { Name = s.Name }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return input is null ? Result<LeadSourceInput>.NotFound() : Result<LeadSourceInput>.Ok(input);
    }

    /// <summary>The resource key of a seeded source not renamed since (the form says how it reads); null otherwise.</summary>
    public async Task<string?> ResourceKeyAsync(int id, CancellationToken cancellationToken) =>
        IsAdmin ? await db.LeadSources.AsNoTracking().Where(s => s.Id == id).Select(s => s.ResourceKey).SingleOrDefaultAsync(cancellationToken) : null;

    /// <summary>Adds an active source at the end of the order.</summary>
    public async Task<Result<int>> CreateAsync(LeadSourceInput input, CancellationToken cancellationToken)
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

        var last = await db.LeadSources.MaxAsync(s => (int?)s.Position, cancellationToken);
        var source = new LeadSource { Name = input.Name!.Trim(), Position = (last ?? -1) + 1 };
        db.LeadSources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(source.Id);
    }

    /// <summary>Renames the source; a changed name replaces the seeded text in every language (the resource key is dropped).</summary>
    public async Task<Result> RenameAsync(int id, LeadSourceInput input, CancellationToken cancellationToken)
    {
        var source = IsAdmin ? await db.LeadSources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (source is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(input, id, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        var name = input.Name!.Trim();
        if (!string.Equals(name, source.Name, StringComparison.Ordinal))
        {
            source.Name = name;
            source.ResourceKey = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success;
    }

    /// <summary>Retires (no longer offered for new leads; old leads keep it) or reactivates a source; the last active one stays.</summary>
    public async Task<Result> SetActiveAsync(int id, bool active, CancellationToken cancellationToken)
    {
        var source = IsAdmin ? await db.LeadSources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (source is null)
        {
            return Result.NotFound();
        }

        if (!active && source.IsActive && await IsLastActiveAsync(source, cancellationToken))
        {
            return Result.Fail(new Failure(LeadConfigurationMessages.LastActiveSource));
        }

        source.IsActive = active;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Deletes a source no lead carries (deleted leads included), unless it is the last active one.</summary>
    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var source = IsAdmin ? await db.LeadSources.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (source is null)
        {
            return Result.NotFound();
        }

        if (await db.Leads.IgnoreQueryFilters().AnyAsync(l => l.SourceId == id, cancellationToken))
        {
            return Result.Fail(new Failure(LeadConfigurationMessages.SourceInUse));
        }

        if (source.IsActive && await IsLastActiveAsync(source, cancellationToken))
        {
            return Result.Fail(new Failure(LeadConfigurationMessages.LastActiveSource));
        }

        db.LeadSources.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Rewrites the order from the full list of ids, first to last, in one save; refuses a list that is not exactly the sources there are.</summary>
    public async Task<Result> ReorderAsync(IReadOnlyList<int> orderedIds, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result.NotFound();
        }

        var sources = await db.LeadSources.ToListAsync(cancellationToken);
        if (!LeadConfigurationNames.TryApplyOrder(orderedIds, sources))
        {
            return Result.Fail(new Failure(LeadConfigurationMessages.SourceOrderOutdated));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Moves a source one place up (offset -1) or down (+1): the buttons that work without JavaScript.</summary>
    public async Task<Result> MoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        var order = IsAdmin
            ? await db.LeadSources.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken)
            : [];
        return order.Contains(id)
            ? await ReorderAsync(LeadConfigurationNames.Moved(order, id, Math.Sign(offset)), cancellationToken)
            : Result.NotFound();
    }

    private async Task<bool> IsLastActiveAsync(LeadSource source, CancellationToken cancellationToken) =>
        !await db.LeadSources.AnyAsync(s => s.IsActive && s.Id != source.Id, cancellationToken);

    private async Task<List<Failure>> ValidateAsync(LeadSourceInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = input.Validate().ToList();
        if (failures.All(f => f.Field != nameof(LeadSourceInput.Name)))
        {
            var others = await db.LeadSources.AsNoTracking().Where(s => s.Id != exceptId).Select(s => s.Name).ToListAsync(cancellationToken);
            if (LeadConfigurationNames.IsTaken(others, input.Name!))
            {
                failures.Add(new Failure(LeadConfigurationMessages.SourceNameTaken, nameof(LeadSourceInput.Name)));
            }
        }

        return failures;
    }
}
