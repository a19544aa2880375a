using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.History;

/// <summary>A record's history, newest first, for those who may see the record.</summary>
public sealed class HistoryQueries(CrmDbContext db, ICurrentUser user)
{
    public const int PageSize = 50;

    public const int TimelinePageSize = 25;

    /// <summary>
    /// The newest lines of a visible contact's history together with those of its leads the user may
    /// see (each labelled with its lead), or null when the user may not see the contact.
    /// </summary>
    public async Task<IReadOnlyList<HistoryLine>?> OfContactAsync(int contactId, CancellationToken cancellationToken)
    {
        if (!await db.Contacts.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            return null;
        }

        var leads = await db.Leads.AsNoTracking().VisibleTo(user).Where(l => l.ContactId == contactId)
            .OrderByDescending(l => l.Id).Take(LeadQueries.ContactLeadLimit)
            .Select(l => new { l.Id, l.Name }).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var leadIds = leads.Keys.ToList();
        var lines = await db.History.AsNoTracking()
            .Where(h => (h.RecordType == HistoryRecordTypes.Contact && h.RecordId == contactId)
                || (h.RecordType == HistoryRecordTypes.Lead && leadIds.Contains(h.RecordId)))
            .OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Take(PageSize)
            .Select(h => new { h.RecordType, h.RecordId, Line = new HistoryLine(h.At, h.Action, h.Details, db.Users.Where(u => u.Id == h.UserId).Select(u => u.DisplayName).FirstOrDefault(), null, null) })
            .ToListAsync(cancellationToken);
        return [.. lines.Select(l => l.RecordType == HistoryRecordTypes.Lead ? l.Line with { LeadId = l.RecordId, LeadName = leads[l.RecordId] } : l.Line)];
    }

    /// <summary>The newest lines of a visible lead's history, or null when the user may not see the lead.</summary>
    public async Task<IReadOnlyList<HistoryLine>?> OfLeadAsync(int leadId, CancellationToken cancellationToken)
    {
        if (!await db.Leads.AsNoTracking().VisibleTo(user).AnyAsync(l => l.Id == leadId, cancellationToken))
        {
            return null;
        }

        return await LinesAsync(HistoryRecordTypes.Lead, leadId, cancellationToken);
    }

    /// <summary>
    /// One page of a visible record's timeline, newest first: status and field changes, notes and
    /// files, with who and when. Null when the user may not see the record.
    /// </summary>
    public async Task<Page<HistoryLine>?> TimelineAsync(RecordRef record, int page, CancellationToken cancellationToken)
    {
        if (!await db.IsVisibleAsync(record, user, cancellationToken))
        {
            return null;
        }

        var lines = db.History.AsNoTracking().Where(h => h.RecordType == record.Type && h.RecordId == record.Id);
        var total = await lines.CountAsync(cancellationToken);
        var number = Math.Clamp(page, 1, Math.Max(1, (total + TimelinePageSize - 1) / TimelinePageSize));
        var items = await lines.OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
            .Skip((number - 1) * TimelinePageSize).Take(TimelinePageSize)
            .Select(h => new HistoryLine(h.At, h.Action, h.Details, db.Users.Where(u => u.Id == h.UserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new Page<HistoryLine>(items, number, TimelinePageSize, total);
    }

    private async Task<IReadOnlyList<HistoryLine>> LinesAsync(string recordType, int recordId, CancellationToken cancellationToken) =>
        await db.History.AsNoTracking()
            .Where(h => h.RecordType == recordType && h.RecordId == recordId)
            .OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Take(PageSize)
            .Select(h => new HistoryLine(h.At, h.Action, h.Details, db.Users.Where(u => u.Id == h.UserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
