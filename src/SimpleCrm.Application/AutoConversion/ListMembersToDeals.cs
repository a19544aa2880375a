using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Outbox;

namespace SimpleCrm.Application.AutoConversion;

/// <summary>
/// Contacts joined a list: the active rules fed by that list convert them right away, inside the
/// outbox run (every minute), so a new member's deal appears within a minute of joining. Running
/// twice is harmless: a rule converts a contact once.
/// </summary>
public sealed class ListMembersToDeals(CrmDbContext db, AutoConversionRun run) : IDomainEventSubscriber<ContactsAddedToList>
{
    public async Task HandleAsync(ContactsAddedToList domainEvent, CancellationToken cancellationToken)
    {
        var ruleIds = await db.AutoConversionRules.Where(r => r.ListId == domainEvent.ListId && !r.IsPaused)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var ruleId in ruleIds)
        {
            await run.RunForContactsAsync(ruleId, domainEvent.ContactIds, cancellationToken);
        }
    }
}
