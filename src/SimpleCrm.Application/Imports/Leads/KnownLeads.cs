using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The leads a batch's emails, phones and company codes already belong to, as <see cref="KnownContacts"/>
/// finds contacts: one query per key kind, one for which of them the importing user may see (the lead
/// visibility rule), and when updating one loading those with this import's earlier change rows.
/// Leads this import created in earlier batches are found too, so in-file duplicates hold across batches.
/// </summary>
internal sealed class KnownLeads
{
    private readonly Dictionary<string, int> _byKey;
    private readonly HashSet<int> _visible;

    private KnownLeads(Dictionary<string, int> byKey, HashSet<int> visible, Dictionary<int, ImportLeadTarget> targets)
    {
        _byKey = byKey;
        _visible = visible;
        Targets = targets;
    }

    public static KnownLeads None { get; } = new([], [], []);

    public IReadOnlyDictionary<int, ImportLeadTarget> Targets { get; }

    /// <summary>The first known lead of the keys, a visible one before one the user may not see.</summary>
    public (int Id, bool Visible)? Match(IReadOnlyList<string> keys)
    {
        var ids = keys.Where(_byKey.ContainsKey).Select(k => _byKey[k]).ToList();
        var visible = ids.Where(_visible.Contains).ToList();
        return ids.Count == 0 ? null : visible.Count > 0 ? (visible.Min(), true) : (ids.Min(), false);
    }

    public static async Task<KnownLeads> FindAsync(CrmDbContext db, ICurrentUser user, int? updatingImportId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        List<string> Of(string kind) => [.. keys.Where(k => k.StartsWith(kind, StringComparison.Ordinal)).Select(k => k[2..])];
        var (emails, phones, codes) = (Of("e:"), Of("p:"), Of("c:"));
        var found = new List<(string Key, int Id)>();
        if (emails.Count > 0)
        {
            found.AddRange((await db.Leads.AsNoTracking().Where(l => l.EmailKey != null && emails.Contains(l.EmailKey))
                .Select(l => new { l.EmailKey, l.Id }).ToListAsync(cancellationToken)).Select(l => ("e:" + l.EmailKey, l.Id)));
        }

        if (phones.Count > 0)
        {
            found.AddRange((await db.Leads.AsNoTracking().Where(l => l.PhoneE164 != null && phones.Contains(l.PhoneE164))
                .Select(l => new { l.PhoneE164, l.Id }).ToListAsync(cancellationToken)).Select(l => ("p:" + l.PhoneE164, l.Id)));
        }

        if (codes.Count > 0)
        {
            found.AddRange((await db.Leads.AsNoTracking().Where(l => l.CompanyCodeKey != null && codes.Contains(l.CompanyCodeKey))
                .Select(l => new { l.CompanyCodeKey, l.Id }).ToListAsync(cancellationToken)).Select(l => ("c:" + l.CompanyCodeKey, l.Id)));
        }

        if (found.Count == 0)
        {
            return None;
        }

        var byKey = found.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Min(f => f.Id), StringComparer.Ordinal);
        var ids = byKey.Values.Distinct().ToList();
        var visible = (await db.Leads.AsNoTracking().VisibleTo(user).Where(l => ids.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken)).ToHashSet();
        var targets = new Dictionary<int, ImportLeadTarget>();
        if (updatingImportId is { } importId && visible.Count > 0)
        {
            var leads = await db.Leads.Where(l => visible.Contains(l.Id)).ToListAsync(cancellationToken);
            var changes = await db.ImportChanges.Where(c => c.ImportId == importId && c.RecordType == HistoryRecordTypes.Lead && visible.Contains(c.RecordId))
                .ToDictionaryAsync(c => c.RecordId, cancellationToken);
            foreach (var lead in leads)
            {
                targets[lead.Id] = new ImportLeadTarget(lead, isNew: false, changes.GetValueOrDefault(lead.Id));
            }
        }

        return new KnownLeads(byKey, visible, targets);
    }
}
