using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Pipelines;

/// <summary>
/// The stage editor on a pipeline's admin page: add, edit, reorder, delete. A pipeline always keeps an
/// Open stage (deals start in one). A stage holding deals keeps its kind, so a deal's open flag (and
/// with it the one-open-deal-per-label rule) never changes behind its back; deleting such a stage
/// moves its deals to another stage of the same kind, in one transaction, with a history line each.
/// </summary>
public sealed class StageAdministration(CrmDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    public async Task<Result<StageForEdit>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var stage = IsAdmin
            ? await db.Stages.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new StageForEdit(s.PipelineId, new StageInput { Name = s.Name, Kind = s.Kind, Probability = s.Probability, Color = s.Color }, s.ResourceKey))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return stage is null ? Result<StageForEdit>.NotFound() : Result<StageForEdit>.Ok(stage);
    }

    /// <summary>Adds the stage at the end of the pipeline's order.</summary>
    public async Task<Result<int>> AddAsync(int pipelineId, StageInput input, CancellationToken cancellationToken)
    {
        if (!IsAdmin || !await db.Pipelines.AnyAsync(p => p.Id == pipelineId, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var failures = await ValidateAsync(pipelineId, input, exceptId: null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var last = await db.Stages.Where(s => s.PipelineId == pipelineId).MaxAsync(s => (int?)s.Position, cancellationToken);
        var stage = new Stage { PipelineId = pipelineId, Name = input.Name!.Trim(), Position = (last ?? -1) + 1 };
        Apply(stage, input);
        db.Stages.Add(stage);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(stage.Id);
    }

    /// <summary>Saves the edit; a changed name replaces the template text in every language (the resource key is dropped).</summary>
    public async Task<Result> UpdateAsync(int id, StageInput input, CancellationToken cancellationToken)
    {
        var stage = IsAdmin ? await db.Stages.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (stage is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(stage.PipelineId, input, id, cancellationToken);
        if (failures.Count == 0 && stage.Kind != input.Kind)
        {
            if (await db.Deals.IgnoreQueryFilters().AnyAsync(d => d.StageId == id, cancellationToken))
            {
                failures.Add(new Failure(PipelineMessages.KindInUse, nameof(StageInput.Kind)));
            }
            else if (await IsLastOpenAsync(stage, cancellationToken))
            {
                failures.Add(new Failure(PipelineMessages.LastOpenStage, nameof(StageInput.Kind)));
            }
        }

        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        var name = input.Name!.Trim();
        if (!string.Equals(name, stage.Name, StringComparison.Ordinal))
        {
            stage.Name = name;
            stage.ResourceKey = null;
        }

        Apply(stage, input);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>What the delete page shows: the deal count and the stages of the same pipeline and kind that may take the deals.</summary>
    public async Task<Result<StageDeletion>> DeletionAsync(int id, CancellationToken cancellationToken)
    {
        var stage = IsAdmin ? await db.Stages.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (stage is null)
        {
            return Result<StageDeletion>.NotFound();
        }

        var count = await db.Deals.IgnoreQueryFilters().CountAsync(d => d.StageId == id, cancellationToken);
        var targets = await db.Stages.AsNoTracking().Where(s => s.PipelineId == stage.PipelineId && s.Kind == stage.Kind && s.Id != id)
            .OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => new StageOption(s.Id, s.Name, s.ResourceKey)).ToListAsync(cancellationToken);
        return Result<StageDeletion>.Ok(new StageDeletion(stage.PipelineId, stage.Name, stage.ResourceKey, stage.Kind, count, targets));
    }

    /// <summary>
    /// Deletes the stage. An empty one goes at once; one holding deals (deleted ones too) needs
    /// <paramref name="targetStageId"/>, a stage of the same pipeline and kind: its deals move there
    /// with one UPDATE and a history line each, and the stage goes, all in one transaction.
    /// Returns the number of deals moved.
    /// </summary>
    public async Task<Result<int>> DeleteAsync(int id, int? targetStageId, CancellationToken cancellationToken)
    {
        var stage = IsAdmin ? await db.Stages.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (stage is null)
        {
            return Result<int>.NotFound();
        }

        if (await IsLastOpenAsync(stage, cancellationToken))
        {
            return Result<int>.Fail(new Failure(PipelineMessages.LastOpenStage));
        }

        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        var dealIds = await db.Deals.IgnoreQueryFilters().Where(d => d.StageId == id).Select(d => d.Id).ToListAsync(cancellationToken);
        if (dealIds.Count > 0)
        {
            var target = targetStageId is { } targetId
                ? await db.Stages.AsNoTracking().SingleOrDefaultAsync(s => s.Id == targetId && s.Id != id && s.PipelineId == stage.PipelineId && s.Kind == stage.Kind, cancellationToken)
                : null;
            if (target is null)
            {
                return Result<int>.Fail(new Failure(PipelineMessages.MoveTargetRequired, "TargetStageId"));
            }

            var at = clock.GetUtcNow().UtcDateTime;
            foreach (var batch in dealIds.Chunk(SetBasedInsert.BatchSize))
            {
                await HistoryBatch.RecordForDealsAsync(db, batch, PipelineMessages.StageChanged, stage.Name + " → " + target.Name, at, currentUser.UserId, cancellationToken);
            }

            // One new version for the whole move: every moved card's token changes, so an open board's stale drag conflicts.
            var version = Guid.NewGuid();
            await db.Deals.IgnoreQueryFilters().Where(d => d.StageId == id).ExecuteUpdateAsync(
                u => u.SetProperty(d => d.StageId, target.Id)
                    .SetProperty(d => d.Version, version)
                    .SetProperty(d => d.UpdatedAt, at)
                    .SetProperty(d => d.UpdatedById, currentUser.UserId),
                cancellationToken);
        }

        db.Stages.Remove(stage);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(dealIds.Count);
    }

    /// <summary>Rewrites the pipeline's stage order from the full list of its stage ids, first to last; refuses a list that is not exactly its stages.</summary>
    public async Task<Result> ReorderAsync(int pipelineId, IReadOnlyList<int> orderedIds, CancellationToken cancellationToken)
    {
        if (!IsAdmin || !await db.Pipelines.AnyAsync(p => p.Id == pipelineId, cancellationToken))
        {
            return Result.NotFound();
        }

        var stages = await db.Stages.Where(s => s.PipelineId == pipelineId).ToListAsync(cancellationToken);
        if (!LeadConfigurationNames.TryApplyOrder(orderedIds, stages))
        {
            return Result.Fail(new Failure(PipelineMessages.StageOrderOutdated));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Moves a stage one place up (offset -1) or down (+1): the buttons that work without JavaScript.</summary>
    public async Task<Result> MoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        var pipelineId = IsAdmin ? await db.Stages.Where(s => s.Id == id).Select(s => (int?)s.PipelineId).SingleOrDefaultAsync(cancellationToken) : null;
        if (pipelineId is null)
        {
            return Result.NotFound();
        }

        var order = await db.Stages.AsNoTracking().Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        return await ReorderAsync(pipelineId.Value, LeadConfigurationNames.Moved(order, id, Math.Sign(offset)), cancellationToken);
    }

    private static void Apply(Stage stage, StageInput input)
    {
        stage.Kind = input.Kind;
        stage.Probability = input.Probability;
        stage.Color = input.Color!.Trim().ToLowerInvariant();
    }

    private async Task<bool> IsLastOpenAsync(Stage stage, CancellationToken cancellationToken) =>
        stage.Kind == StageKind.Open
        && !await db.Stages.AnyAsync(s => s.PipelineId == stage.PipelineId && s.Kind == StageKind.Open && s.Id != stage.Id, cancellationToken);

    private async Task<List<Failure>> ValidateAsync(int pipelineId, StageInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = input.Validate().ToList();
        if (failures.All(f => f.Field != nameof(StageInput.Name)))
        {
            var others = await db.Stages.AsNoTracking().Where(s => s.PipelineId == pipelineId && s.Id != exceptId).Select(s => s.Name).ToListAsync(cancellationToken);
            if (LeadConfigurationNames.IsTaken(others, input.Name!))
            {
                failures.Add(new Failure(PipelineMessages.StageNameTaken, nameof(StageInput.Name)));
            }
        }

        return failures;
    }
}
