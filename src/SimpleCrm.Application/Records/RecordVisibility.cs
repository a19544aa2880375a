using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Records;

/// <summary>
/// What hangs off a record (notes, files) is seen and touched by exactly those who see the record:
/// the lead's, the contact's or the deal's own visibility rule decides.
/// </summary>
public static class RecordVisibility
{
    public static Task<bool> IsVisibleAsync(this CrmDbContext db, RecordRef record, ICurrentUser user, CancellationToken cancellationToken) =>
        record.Type switch
        {
            HistoryRecordTypes.Lead => db.Leads.AsNoTracking().VisibleTo(user).AnyAsync(l => l.Id == record.Id, cancellationToken),
            HistoryRecordTypes.Contact => db.Contacts.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == record.Id, cancellationToken),
            HistoryRecordTypes.Deal => db.Deals.AsNoTracking().VisibleTo(user).AnyAsync(d => d.Id == record.Id, cancellationToken),
            _ => Task.FromResult(false),
        };
}
