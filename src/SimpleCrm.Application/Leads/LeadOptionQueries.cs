using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>The statuses and sources the lead pages offer. Not per lead, so no visibility rule: every user works with the same lists.</summary>
public sealed class LeadOptionQueries(CrmDbContext db)
{
    /// <summary>Every status in order; the active sources in order, plus <paramref name="keepSourceId"/> (a retired source stays choosable on the lead that has it).</summary>
    public async Task<LeadOptions> GetAsync(int? keepSourceId, CancellationToken cancellationToken)
    {
        var statuses = await db.LeadStatuses.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new LeadStatusOption(s.Id, s.Name, s.ResourceKey, s.Color, s.Meaning))
            .ToListAsync(cancellationToken);
        var sources = await db.LeadSources.AsNoTracking().Where(s => s.IsActive || s.Id == keepSourceId)
            .OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new LeadSourceOption(s.Id, s.Name, s.ResourceKey))
            .ToListAsync(cancellationToken);
        return new LeadOptions(statuses, sources);
    }
}
