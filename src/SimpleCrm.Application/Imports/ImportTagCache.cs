using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// Tag names of a run resolved to tags: found by key once, created when new (in the batch's
/// transaction, so a rolled-back batch leaves no tag behind), then remembered for the rest of the run.
/// </summary>
public sealed class ImportTagCache(CrmDbContext db, TimeProvider clock)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>The ids of names already resolved (see <see cref="ResolveAsync"/>).</summary>
    public IEnumerable<int> IdsOf(IEnumerable<string> names) =>
        names.Select(n => Tag.KeyOf(n.Trim())).Where(_ids.ContainsKey).Select(k => _ids[k]);

    /// <summary>The tag ids of the names, creating (and saving) those that do not exist yet.</summary>
    public async Task<IReadOnlyList<int>> ResolveAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length is > 0 and <= Tag.MaxLength)
            .GroupBy(Tag.KeyOf).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var unknown = wanted.Keys.Where(k => !_ids.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            foreach (var tag in await db.Tags.AsNoTracking().Where(t => unknown.Contains(t.NameKey)).Select(t => new { t.Id, t.NameKey }).ToListAsync(cancellationToken))
            {
                _ids[tag.NameKey] = tag.Id;
            }

            var created = unknown.Where(k => !_ids.ContainsKey(k))
                .Select(k => new Tag { Name = wanted[k], NameKey = k, CreatedAt = clock.GetUtcNow().UtcDateTime }).ToList();
            if (created.Count > 0)
            {
                db.Tags.AddRange(created);
                await db.SaveChangesAsync(cancellationToken);
                created.ForEach(t => _ids[t.NameKey] = t.Id);
            }
        }

        return [.. wanted.Keys.Select(k => _ids[k])];
    }

    /// <summary>Forgets what a rolled-back batch created.</summary>
    public void Reset() => _ids.Clear();
}
