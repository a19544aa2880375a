using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Pipelines;

/// <summary>An active pipeline offered in a choice, with its stages in order (a template's stage ticks, a converted lead's deal).</summary>
public sealed record PipelineOption(int Id, string Name, string? ResourceKey, IReadOnlyList<StageOption> Stages)
{
    /// <summary>The stages of the active pipelines, grouped by pipeline in their order; <paramref name="openOnly"/> leaves out Won and Lost stages.</summary>
    public static async Task<IReadOnlyList<PipelineOption>> ActiveAsync(CrmDbContext db, bool openOnly, CancellationToken cancellationToken)
    {
        var stages = await db.Stages.AsNoTracking().Where(s => !s.Pipeline!.IsArchived && (!openOnly || s.Kind == StageKind.Open))
            .OrderBy(s => s.Pipeline!.Position).ThenBy(s => s.PipelineId).ThenBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.PipelineId, PipelineName = s.Pipeline!.Name, PipelineKey = s.Pipeline.ResourceKey, Stage = new StageOption(s.Id, s.Name, s.ResourceKey) })
            .ToListAsync(cancellationToken);
        return [.. stages.GroupBy(s => s.PipelineId)
            .Select(g => new PipelineOption(g.Key, g.First().PipelineName, g.First().PipelineKey, [.. g.Select(s => s.Stage)]))];
    }
}
