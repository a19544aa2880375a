using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>Gives a new installation the default lead statuses and sources; an installation that has any keeps its own.</summary>
public static class LeadDefaultsSeeder
{
    public static async Task EnsureAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.LeadStatuses.AnyAsync(cancellationToken))
        {
            db.LeadStatuses.AddRange(LeadDefaults.Statuses.Select((s, i) => new LeadStatus
            {
                Name = s.Name,
                ResourceKey = s.Key,
                Color = s.Color,
                Meaning = s.Meaning,
                ShowOnKanban = s.ShowOnKanban,
                Position = i,
            }));
        }

        if (!await db.LeadSources.AnyAsync(cancellationToken))
        {
            db.LeadSources.AddRange(LeadDefaults.Sources.Select((s, i) => new LeadSource { Name = s.Name, ResourceKey = s.Key, Position = i }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
