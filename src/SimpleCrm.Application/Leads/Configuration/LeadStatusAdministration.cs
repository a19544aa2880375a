using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// Admin > Lead statuses: list in order, create, edit, delete an unused one, reorder. There is always
/// at least one Open status (new leads start in one) and one Converted status (conversion ends in one).
/// </summary>
public sealed class LeadStatusAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<LeadStatusListItem>> ListAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return [];
        }

        // Deleted leads count too: they keep their status and may be restored.
        var counts = await db.Leads.IgnoreQueryFilters().AsNoTracking()
            .GroupBy(l => l.StatusId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var statuses = await db.LeadStatuses.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.ResourceKey, s.Color, s.Meaning, s.ShowOnKanban })
            .ToListAsync(cancellationToken);
        var templates = await db.TaskTemplateTriggers.AsNoTracking().Where(t => t.LeadStatusId != null && !t.TaskTemplate!.IsArchived)
            .OrderBy(t => t.TaskTemplate!.Name).Select(t => new { StatusId = t.LeadStatusId!.Value, t.TaskTemplate!.Name }).ToListAsync(cancellationToken);
        var fired = templates.GroupBy(t => t.StatusId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(t => t.Name)));
        return [.. statuses.Select(s => new LeadStatusListItem(
            s.Id, s.Name, s.ResourceKey, s.Color, s.Meaning, s.ShowOnKanban, counts.GetValueOrDefault(s.Id), fired.GetValueOrDefault(s.Id)))];
    }

    public async Task<Result<LeadStatusInput>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var input = IsAdmin
            ? await db.LeadStatuses.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new LeadStatusInput { Name = s.Name, Color = s.Color, Meaning = s.Meaning, ShowOnKanban = s.ShowOnKanban })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return input is null ? Result<LeadStatusInput>.NotFound() : Result<LeadStatusInput>.Ok(input);
    }

    /// <summary>The resource key of a seeded status not renamed since (the form says how it reads); null otherwise.</summary>
    public async Task<string?> ResourceKeyAsync(int id, CancellationToken cancellationToken) =>
        IsAdmin ? await db.LeadStatuses.AsNoTracking().Where(s => s.Id == id).Select(s => s.ResourceKey).SingleOrDefaultAsync(cancellationToken) : null;

    /// <summary>Adds the status at the end of the order.</summary>
    public async Task<Result<int>> CreateAsync(LeadStatusInput input, CancellationToken cancellationToken)
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

        var last = await db.LeadStatuses.MaxAsync(s => (int?)s.Position, cancellationToken);
        var status = new LeadStatus { Name = input.Name!.Trim(), Position = (last ?? -1) + 1 };
        Apply(status, input);
        db.LeadStatuses.Add(status);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(status.Id);
    }

    /// <summary>Saves the edit; a changed name replaces the seeded text in every language (the resource key is dropped).</summary>
    public async Task<Result> UpdateAsync(int id, LeadStatusInput input, CancellationToken cancellationToken)
    {
        var status = IsAdmin ? await db.LeadStatuses.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (status is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(input, id, cancellationToken);
        if (failures.Count == 0 && status.Meaning != input.Meaning && await LastOfMeaningAsync(status, cancellationToken) is { } last)
        {
            failures.Add(new Failure(last, nameof(LeadStatusInput.Meaning)));
        }

        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        var name = input.Name!.Trim();
        if (!string.Equals(name, status.Name, StringComparison.Ordinal))
        {
            status.Name = name;
            status.ResourceKey = null;
        }

        Apply(status, input);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Deletes a status no lead carries (deleted leads included), unless it is the last Open or Converted one.</summary>
    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var status = IsAdmin ? await db.LeadStatuses.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (status is null)
        {
            return Result.NotFound();
        }

        if (await db.Leads.IgnoreQueryFilters().AnyAsync(l => l.StatusId == id, cancellationToken))
        {
            return Result.Fail(new Failure(LeadConfigurationMessages.StatusInUse));
        }

        if (await LastOfMeaningAsync(status, cancellationToken) is { } last)
        {
            return Result.Fail(new Failure(last));
        }

        db.LeadStatuses.Remove(status);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Rewrites the order from the full list of ids, first to last, in one save; refuses a list that is not exactly the statuses there are.</summary>
    public async Task<Result> ReorderAsync(IReadOnlyList<int> orderedIds, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result.NotFound();
        }

        var statuses = await db.LeadStatuses.ToListAsync(cancellationToken);
        if (!LeadConfigurationNames.TryApplyOrder(orderedIds, statuses))
        {
            return Result.Fail(new Failure(LeadConfigurationMessages.StatusOrderOutdated));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Moves a status one place up (offset -1) or down (+1): the buttons that work without JavaScript.</summary>
    public async Task<Result> MoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        var order = IsAdmin
            ? await db.LeadStatuses.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken)
            : [];
        return order.Contains(id)
            ? await ReorderAsync(LeadConfigurationNames.Moved(order, id, Math.Sign(offset)), cancellationToken)
            : Result.NotFound();
    }

    private static void Apply(LeadStatus status, LeadStatusInput input)
    {
        status.Color = input.Color!.Trim().ToLowerInvariant();
        status.Meaning = input.Meaning;
        status.ShowOnKanban = input.ShowOnKanban;
    }

    /// <summary>The message when the status is the only one left with its Open or Converted meaning; null when others share it.</summary>
    private async Task<string?> LastOfMeaningAsync(LeadStatus status, CancellationToken cancellationToken)
    {
        var message = status.Meaning switch
        {
            LeadStatusMeaning.Open => LeadConfigurationMessages.LastOpenStatus,
            LeadStatusMeaning.Converted => LeadConfigurationMessages.LastConvertedStatus,
            _ => null,
        };
        return message is not null && !await db.LeadStatuses.AnyAsync(s => s.Meaning == status.Meaning && s.Id != status.Id, cancellationToken)
            ? message
            : null;
    }

    private async Task<List<Failure>> ValidateAsync(LeadStatusInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = input.Validate().ToList();
        if (failures.All(f => f.Field != nameof(LeadStatusInput.Name)))
        {
            var others = await db.LeadStatuses.AsNoTracking().Where(s => s.Id != exceptId).Select(s => s.Name).ToListAsync(cancellationToken);
            if (LeadConfigurationNames.IsTaken(others, input.Name!))
            {
                failures.Add(new Failure(LeadConfigurationMessages.StatusNameTaken, nameof(LeadStatusInput.Name)));
            }
        }

        return failures;
    }
}
