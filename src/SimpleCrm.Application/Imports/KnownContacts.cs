using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The contacts a batch's emails and phones already belong to: one query per key kind for the whole
/// batch, one for which of them the importing user may see, and (when updating) one loading those
/// with their emails, phones and this import's earlier change rows. Records this import created in
/// earlier batches are found here too, which is what makes in-file duplicates hold across batches
/// and across a resume.
/// </summary>
internal sealed class KnownContacts
{
    private readonly Dictionary<string, int> _byKey;
    private readonly HashSet<int> _visible;

    private KnownContacts(Dictionary<string, int> byKey, HashSet<int> visible, Dictionary<int, ImportTarget> targets)
    {
        _byKey = byKey;
        _visible = visible;
        Targets = targets;
    }

    public static KnownContacts None { get; } = new([], [], []);

    /// <summary>The visible matches loaded for update, by contact id.</summary>
    public IReadOnlyDictionary<int, ImportTarget> Targets { get; }

    public static string EmailKey(string normalized) => "e:" + normalized;

    public static string PhoneKey(string e164) => "p:" + e164;

    /// <summary>The first known contact of the keys, a visible one before one the user may not see.</summary>
    public (int Id, bool Visible)? Match(IEnumerable<string> keys)
    {
        var ids = keys.Where(_byKey.ContainsKey).Select(k => _byKey[k]).ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var visible = ids.Where(_visible.Contains).ToList();
        return visible.Count > 0 ? (visible.Min(), true) : (ids.Min(), false);
    }

    public static Task<KnownContacts> FindAsync(ImportRun run, IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        FindAsync(run.Db, run.User, run.Import.DuplicatePolicy == ImportDuplicatePolicy.Update ? run.Import.Id : null, keys, cancellationToken);

    /// <summary>The known contacts of the keys; <paramref name="updatingImportId"/> loads the visible ones for that import to update (the preview only looks).</summary>
    public static async Task<KnownContacts> FindAsync(CrmDbContext db, ICurrentUser user, int? updatingImportId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var emails = keys.Where(k => k.StartsWith("e:", StringComparison.Ordinal)).Select(k => k[2..]).ToList();
        var phones = keys.Where(k => k.StartsWith("p:", StringComparison.Ordinal)).Select(k => k[2..]).ToList();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        if (emails.Count > 0)
        {
            // Joined to Contacts so the soft-delete filter leaves out deleted contacts' addresses.
            var rows = await db.ContactEmails.AsNoTracking().Where(e => emails.Contains(e.Normalized))
                .Join(db.Contacts, e => e.ContactId, c => c.Id, (e, c) => new { e.Normalized, c.Id }).ToListAsync(cancellationToken);
            rows.ForEach(r => byKey[EmailKey(r.Normalized)] = Math.Min(r.Id, byKey.GetValueOrDefault(EmailKey(r.Normalized), int.MaxValue)));
        }

        if (phones.Count > 0)
        {
            var rows = await db.ContactPhones.AsNoTracking().Where(p => p.E164 != null && phones.Contains(p.E164))
                .Join(db.Contacts, p => p.ContactId, c => c.Id, (p, c) => new { E164 = p.E164!, c.Id }).ToListAsync(cancellationToken);
            rows.ForEach(r => byKey[PhoneKey(r.E164)] = Math.Min(r.Id, byKey.GetValueOrDefault(PhoneKey(r.E164), int.MaxValue)));
        }

        if (byKey.Count == 0)
        {
            return None;
        }

        var ids = byKey.Values.Distinct().ToList();
        var visible = (await db.Contacts.AsNoTracking().VisibleTo(user).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var targets = new Dictionary<int, ImportTarget>();
        if (updatingImportId is { } importId && visible.Count > 0)
        {
            var contacts = await db.Contacts.Include(c => c.Emails).Include(c => c.Phones).AsSplitQuery()
                .Where(c => visible.Contains(c.Id)).ToListAsync(cancellationToken);
            var changes = await db.ImportChanges
                .Where(c => c.ImportId == importId && c.RecordType == HistoryRecordTypes.Contact && visible.Contains(c.RecordId))
                .ToDictionaryAsync(c => c.RecordId, cancellationToken);
            foreach (var contact in contacts)
            {
                targets[contact.Id] = new ImportTarget(contact, isNew: false, changes.GetValueOrDefault(contact.Id));
            }
        }

        return new KnownContacts(byKey, visible, targets);
    }
}
