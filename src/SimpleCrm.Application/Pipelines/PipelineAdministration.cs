using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Pipelines;

/// <summary>
/// Admin > Pipelines: list with stage counts, create (from the stage template), rename, archive and
/// restore. Pipelines are never deleted: their deals keep pointing at them.
/// </summary>
public sealed class PipelineAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private static readonly Failure NameTaken = new(PipelineMessages.NameTaken, nameof(NameInput.Name));

    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    /// <summary>Active pipelines first, in order; then the archived ones.</summary>
    public async Task<IReadOnlyList<PipelineListItem>> ListAsync(CancellationToken cancellationToken) =>
        IsAdmin
            ? await db.Pipelines.AsNoTracking().OrderBy(p => p.IsArchived).ThenBy(p => p.Position).ThenBy(p => p.Id)
                .Select(p => new PipelineListItem(p.Id, p.Name, p.ResourceKey, p.IsArchived, p.Stages.Count))
                .ToListAsync(cancellationToken)
            : [];

    /// <summary>The pipeline with its stages in order and how many deals each holds.</summary>
    public async Task<Result<PipelinePage>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var pipeline = IsAdmin
            ? await db.Pipelines.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.Name, p.ResourceKey, p.IsArchived }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (pipeline is null)
        {
            return Result<PipelinePage>.NotFound();
        }

        // Deleted deals count too: they keep their stage and may be restored.
        var counts = await db.Deals.IgnoreQueryFilters().AsNoTracking().Where(d => d.PipelineId == id)
            .GroupBy(d => d.StageId).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var stages = await db.Stages.AsNoTracking().Where(s => s.PipelineId == id).OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.ResourceKey, s.Kind, s.Probability, s.Color })
            .ToListAsync(cancellationToken);
        var templates = await db.TaskTemplateTriggers.AsNoTracking()
            .Where(t => t.StageId != null && t.Stage!.PipelineId == id && !t.TaskTemplate!.IsArchived)
            .OrderBy(t => t.TaskTemplate!.Name).Select(t => new { StageId = t.StageId!.Value, t.TaskTemplate!.Name }).ToListAsync(cancellationToken);
        var fired = templates.GroupBy(t => t.StageId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(t => t.Name)));
        return Result<PipelinePage>.Ok(new PipelinePage(pipeline.Id, pipeline.Name, pipeline.ResourceKey, pipeline.IsArchived,
            [.. stages.Select(s => new StageListItem(
                s.Id, s.Name, s.ResourceKey, s.Kind, s.Probability, s.Color, counts.GetValueOrDefault(s.Id), fired.GetValueOrDefault(s.Id)))]));
    }

    /// <summary>Adds a pipeline at the end of the order, with the template stages (New contact … Won, Lost).</summary>
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

        var last = await db.Pipelines.MaxAsync(p => (int?)p.Position, cancellationToken);
        var name = input.Name!.Trim();
        var pipeline = new Pipeline { Name = name, NameKey = ArchivableNames.KeyOf(name), Position = (last ?? -1) + 1, Stages = PipelineDefaults.TemplateStages() };
        db.Pipelines.Add(pipeline);
        return await db.SaveOrNameTakenAsync(NameTaken, cancellationToken) is { } taken ? Result<int>.Fail(taken) : Result<int>.Ok(pipeline.Id);
    }

    /// <summary>Renames the pipeline; a changed name replaces the seeded text in every language.</summary>
    public async Task<Result> RenameAsync(int id, NameInput input, CancellationToken cancellationToken) =>
        await ArchivableNames.RenameAsync(db, await FindAsync(id, cancellationToken), input, Pipeline.NameMaxLength, NameTaken, cancellationToken);

    /// <summary>Archives (no longer offered; its deals stay) or restores a pipeline.</summary>
    public async Task<Result> SetArchivedAsync(int id, bool archived, CancellationToken cancellationToken) =>
        await ArchivableNames.SetArchivedAsync(db, await FindAsync(id, cancellationToken), archived, cancellationToken);

    private async Task<Pipeline?> FindAsync(int id, CancellationToken cancellationToken) =>
        IsAdmin ? await db.Pipelines.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;

    private Task<List<Failure>> ValidateAsync(NameInput input, int? exceptId, CancellationToken cancellationToken) =>
        ArchivableNames.ValidateAsync(db.Pipelines, input, Pipeline.NameMaxLength, exceptId, NameTaken, cancellationToken);
}
