using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Pipelines;

/// <summary>Gives a new installation the "Sales" pipeline with the template stages and the default lost reasons; an installation that has any keeps its own.</summary>
public static class PipelineDefaultsSeeder
{
    public static async Task EnsureAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Pipelines.AnyAsync(cancellationToken))
        {
            var (key, name) = PipelineDefaults.Pipeline;
            db.Pipelines.Add(new Pipeline { Name = name, NameKey = ArchivableNames.KeyOf(name), ResourceKey = key, Stages = PipelineDefaults.TemplateStages() });
        }

        if (!await db.LostReasons.AnyAsync(cancellationToken))
        {
            db.LostReasons.AddRange(PipelineDefaults.LostReasons.Select((r, i) =>
                new LostReason { Name = r.Name, NameKey = ArchivableNames.KeyOf(r.Name), ResourceKey = r.Key, Position = i }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
