using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Pipelines;

/// <summary>
/// Admin > Lost reasons: list in order, add, rename, reorder, archive and restore. Reasons are not
/// deleted: a lost deal keeps the reason it was given.
/// </summary>
public sealed class LostReasonAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private static readonly Failure NameTaken = new(PipelineMessages.LostReasonNameTaken, nameof(NameInput.Name));

    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<LostReasonListItem>> ListAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return [];
        }

        var counts = await db.Deals.IgnoreQueryFilters().AsNoTracking().Where(d => d.LostReasonId != null)
            .GroupBy(d => d.LostReasonId!.Value).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var reasons = await db.LostReasons.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Name, r.ResourceKey, r.IsArchived }).ToListAsync(cancellationToken);
        return [.. reasons.Select(r => new LostReasonListItem(r.Id, r.Name, r.ResourceKey, r.IsArchived, counts.GetValueOrDefault(r.Id)))];
    }

    /// <summary>The reason's name for the rename form, and the resource key of a seeded reason not renamed since.</summary>
    public async Task<Result<(NameInput Input, string? ResourceKey)>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var reason = IsAdmin ? await db.LostReasons.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Name, r.ResourceKey }).SingleOrDefaultAsync(cancellationToken) : null;
        return reason is null
            ? Result<(NameInput, string?)>.NotFound()
            : Result<(NameInput, string?)>.Ok((new NameInput { Name = reason.Name }, reason.ResourceKey));
    }

    /// <summary>Adds the reason at the end of the order.</summary>
    public async Task<Result<int>> CreateAsync(NameInput input, CancellationToken cancellationToken)
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

        var last = await db.LostReasons.MaxAsync(r => (int?)r.Position, cancellationToken);
        var name = input.Name!.Trim();
        var reason = new LostReason { Name = name, NameKey = ArchivableNames.KeyOf(name), Position = (last ?? -1) + 1 };
        db.LostReasons.Add(reason);
        return await db.SaveOrNameTakenAsync(NameTaken, cancellationToken) is { } taken ? Result<int>.Fail(taken) : Result<int>.Ok(reason.Id);
    }

    /// <summary>Renames the reason; a changed name replaces the seeded text in every language.</summary>
    public async Task<Result> RenameAsync(int id, NameInput input, CancellationToken cancellationToken) =>
        await ArchivableNames.RenameAsync(db, await FindAsync(id, cancellationToken), input, LostReason.NameMaxLength, NameTaken, cancellationToken);

    /// <summary>Archives (no longer offered; lost deals keep it) or restores a reason.</summary>
    public async Task<Result> SetArchivedAsync(int id, bool archived, CancellationToken cancellationToken) =>
        await ArchivableNames.SetArchivedAsync(db, await FindAsync(id, cancellationToken), archived, cancellationToken);

    private async Task<LostReason?> FindAsync(int id, CancellationToken cancellationToken) =>
        IsAdmin ? await db.LostReasons.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;

    /// <summary>Rewrites the order from the full list of ids, first to last; refuses a list that is not exactly the reasons there are.</summary>
    public async Task<Result> ReorderAsync(IReadOnlyList<int> orderedIds, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result.NotFound();
        }

        var reasons = await db.LostReasons.ToListAsync(cancellationToken);
        if (!LeadConfigurationNames.TryApplyOrder(orderedIds, reasons))
        {
            return Result.Fail(new Failure(PipelineMessages.LostReasonOrderOutdated));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Moves a reason one place up (offset -1) or down (+1): the buttons that work without JavaScript.</summary>
    public async Task<Result> MoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        var order = IsAdmin
            ? await db.LostReasons.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken)
            : [];
        return order.Contains(id)
            ? await ReorderAsync(LeadConfigurationNames.Moved(order, id, Math.Sign(offset)), cancellationToken)
            : Result.NotFound();
    }

    private Task<List<Failure>> ValidateAsync(NameInput input, int? exceptId, CancellationToken cancellationToken) =>
        ArchivableNames.ValidateAsync(db.LostReasons, input, LostReason.NameMaxLength, exceptId, NameTaken, cancellationToken);
}
