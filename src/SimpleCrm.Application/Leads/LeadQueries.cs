using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>Reads of leads for the list, the card and the edit form, through the visibility rule.</summary>
public sealed class LeadQueries(CrmDbContext db, ICurrentUser user)
{
    /// <summary>The most leads a contact's profile lists.</summary>
    public const int ContactLeadLimit = 100;

    public async Task<Page<LeadListItem>> ListAsync(LeadListQuery query, CancellationToken cancellationToken) =>
        (await ListPageAsync(query, cancellationToken)).Page;

    /// <summary>
    /// One page of the list and, when grouped, the groups of the whole filter with their counts. A
    /// grouped page is read group by group: the counts say which groups the page window crosses, and
    /// each of those is one seek by status or by a range of creation dates, in the chosen sort.
    /// </summary>
    public async Task<LeadListPage> ListPageAsync(LeadListQuery query, CancellationToken cancellationToken)
    {
        var pageSize = LeadListQuery.PageSizes.Contains(query.PageSize) ? query.PageSize : LeadListQuery.DefaultPageSize;
        var vocabulary = await LeadListVocabulary.LoadAsync(db, cancellationToken);
        query = vocabulary.Clean(query);
        // Counts seek the status index, which covers them; pages walk the sort index.
        var counted = LeadListFilter.Matching(db, user, query).AsNoTracking();
        var leads = LeadListFilter.Matching(db, user, query, walkSortIndex: true).AsNoTracking();
        var groups = query.Group == LeadGrouping.Status ? StatusGroups(await LeadListFilter.CountByStatusAsync(db, user, query, cancellationToken), vocabulary) : [];
        var total = query.Group == LeadGrouping.Status ? groups.Sum(g => g.Count) : await LeadListFilter.CountAsync(db, user, query, cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var skip = (page - 1) * pageSize;
        if (query.Group == LeadGrouping.CreatedMonth)
        {
            groups = await MonthGroupsAsync(leads, query, skip + pageSize, cancellationToken);
        }

        // Deferred join, as for contacts: the ids of one page from the sort index, then their rows.
        var ids = new List<int>();
        if (query.Group == LeadGrouping.None)
        {
            ids = await PageIdsAsync(leads, query, vocabulary, skip, pageSize, cancellationToken);
        }
        else
        {
            foreach (var group in groups)
            {
                if (skip >= group.Count)
                {
                    skip -= group.Count;
                    continue;
                }

                var take = Math.Min(pageSize - ids.Count, group.Count - skip);
                // A group of at least 1 % of the list fills a page within a few hundred rows of the sort
                // index; a smaller one is cheaper to seek by its status and sort.
                var walk = group.Count * 100L >= total;
                ids.AddRange(await PageIdsAsync(InGroup(walk ? leads : counted, group, walk), query, vocabulary, skip, take, cancellationToken));
                skip = 0;
                if (ids.Count >= pageSize)
                {
                    break;
                }
            }
        }

        var rows = await RowsAsync(ids, cancellationToken);
        return new LeadListPage(new Page<LeadListItem>(rows, page, pageSize, total), groups) { Query = query };
    }

    /// <summary>The lead's card, or null when there is no such lead or the user may not see it.</summary>
    public Task<LeadCard?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var contacts = db.Contacts.VisibleTo(user);
        return db.Leads.AsNoTracking().VisibleTo(user).Where(l => l.Id == id)
            .Select(l => new LeadCard(
                l.Id,
                l.Name,
                l.StatusId,
                l.Status!.Name,
                l.Status.ResourceKey,
                l.Status.Color,
                l.Status.Meaning,
                l.Source!.Name,
                l.Source.ResourceKey,
                l.FirstName,
                l.LastName,
                l.CompanyName,
                l.CompanyCode,
                l.Email,
                l.Phone,
                l.PhoneE164,
                l.Website,
                l.Street,
                l.City,
                l.PostalCode,
                l.Country,
                l.BirthDate,
                l.EstimatedAmount,
                l.Currency,
                l.ProductsOfInterest,
                l.ResponsibleUser != null ? l.ResponsibleUser.DisplayName : null,
                contacts.Where(c => c.Id == l.ContactId).Select(c => (int?)c.Id).FirstOrDefault(),
                contacts.Where(c => c.Id == l.ContactId).Select(c => c.DisplayName).FirstOrDefault(),
                l.CreatedAt,
                db.Users.Where(u => u.Id == l.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
                l.UpdatedAt,
                db.Users.Where(u => u.Id == l.UpdatedById).Select(u => u.DisplayName).FirstOrDefault(),
                l.Version,
                l.ConvertedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The lead as its edit form starts, or null when there is no such lead or the user may not see it.</summary>
    public async Task<LeadForEdit?> GetForEditAsync(int id, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().VisibleTo(user).Where(l => l.Id == id)
            .Select(l => new
            {
                l.Name, l.StatusId, l.SourceId, l.FirstName, l.LastName, l.CompanyName, l.CompanyCode, l.Email, l.Phone, l.Website,
                l.Street, l.City, l.PostalCode, l.Country, l.BirthDate, l.EstimatedAmount, l.Currency, l.ProductsOfInterest,
                l.ResponsibleUserId, l.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return lead is null ? null : new LeadForEdit(
            new LeadInput
            {
                Name = lead.Name,
                StatusId = lead.StatusId,
                SourceId = lead.SourceId,
                FirstName = lead.FirstName,
                LastName = lead.LastName,
                CompanyName = lead.CompanyName,
                CompanyCode = lead.CompanyCode,
                Email = lead.Email,
                Phone = lead.Phone,
                Website = lead.Website,
                Street = lead.Street,
                City = lead.City,
                PostalCode = lead.PostalCode,
                Country = lead.Country,
                BirthDate = lead.BirthDate,
                EstimatedAmount = lead.EstimatedAmount,
                Currency = lead.Currency,
                ProductsOfInterest = lead.ProductsOfInterest,
                ResponsibleUserId = lead.ResponsibleUserId,
            },
            lead.Name,
            lead.Version);
    }

    /// <summary>
    /// The leads converted into or assigned to a contact the user may see, newest first; only those
    /// leads the user may see themselves. Empty for a contact the user may not see.
    /// </summary>
    public async Task<IReadOnlyList<ContactLead>> OfContactAsync(int contactId, CancellationToken cancellationToken)
    {
        var contact = db.Contacts.AsNoTracking().VisibleTo(user).Where(c => c.Id == contactId).Select(c => (int?)c.Id);
        return await db.Leads.AsNoTracking().VisibleTo(user).Where(l => contact.Contains(l.ContactId))
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Select(l => new ContactLead(
                l.Id,
                l.Name,
                new LeadStatusOption(l.StatusId, l.Status!.Name, l.Status.ResourceKey, l.Status.Color, l.Status.Meaning),
                l.EstimatedAmount,
                l.Currency,
                l.CreatedAt))
            .Take(ContactLeadLimit).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the user may see the lead: after a save that hands it to someone else, a sales rep no longer does.</summary>
    public Task<bool> IsVisibleAsync(int id, CancellationToken cancellationToken) =>
        db.Leads.AsNoTracking().VisibleTo(user).AnyAsync(l => l.Id == id, cancellationToken);

    private async Task<List<LeadListItem>> RowsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Leads.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new LeadListItem(
                l.Id,
                l.Name,
                l.StatusId,
                l.FirstName == null && l.LastName == null ? null : ((l.FirstName ?? string.Empty) + " " + (l.LastName ?? string.Empty)).Trim(),
                l.CompanyName,
                l.Email,
                l.Phone,
                l.Source!.Name,
                l.Source.ResourceKey,
                l.EstimatedAmount,
                l.Currency,
                l.ResponsibleUser != null ? l.ResponsibleUser.DisplayName : null,
                l.CreatedAt,
                l.Version))
            .ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>Every status of the filter in board order with its count (a GROUP BY on the status index), empty ones left out.</summary>
    private static IReadOnlyList<LeadListGroup> StatusGroups(Dictionary<int, int> counts, LeadListVocabulary vocabulary) =>
        [.. vocabulary.Statuses.Where(s => counts.ContainsKey(s.Id)).Select(s => new LeadListGroup(s.Id, null, counts[s.Id]))];

    /// <summary>
    /// The months of the filter, newest first unless the list runs oldest first, up to the one that
    /// holds row <paramref name="rowsNeeded"/>: the rows after the page need no header. Each month is
    /// counted as a range of the creation-date index (a GROUP BY on the month would compute it for
    /// every lead: 200 ms at 200 000 leads on SQLite).
    /// </summary>
    private static async Task<IReadOnlyList<LeadListGroup>> MonthGroupsAsync(IQueryable<Lead> leads, LeadListQuery query, int rowsNeeded, CancellationToken cancellationToken)
    {
        var oldestFirst = query.Sort == LeadSort.Created && !query.Descending;
        var oldest = await leads.OrderBy(l => l.CreatedAt).Select(l => (DateTime?)l.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var newest = await leads.OrderByDescending(l => l.CreatedAt).Select(l => (DateTime?)l.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (oldest is not { } from || newest is not { } to)
        {
            return [];
        }

        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1);
        var groups = new List<LeadListGroup>();
        var rows = 0;
        for (var month = oldestFirst ? first : last; month >= first && month <= last && rows < rowsNeeded; month = month.AddMonths(oldestFirst ? 1 : -1))
        {
            var group = new LeadListGroup(null, month, 0);
            var count = await InGroup(leads, group).CountAsync(cancellationToken);
            if (count > 0)
            {
                groups.Add(group with { Count = count });
                rows += count;
            }
        }

        return groups;
    }

    /// <summary>
    /// The leads of one group: a range of creation times, or a status, tested so that SQLite walks the
    /// sort index (<paramref name="walkSortIndex"/>, "+ 0" as in <see cref="LeadListFilter"/>) or seeks the status.
    /// </summary>
    private static IQueryable<Lead> InGroup(IQueryable<Lead> leads, LeadListGroup group, bool walkSortIndex = true)
    {
        if (group.StatusId is { } statusId)
        {
            return walkSortIndex ? leads.Where(l => l.StatusId + 0 == statusId) : leads.Where(l => l.StatusId == statusId);
        }

        var start = group.Month!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = group.Month.Value.AddMonths(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return leads.Where(l => l.CreatedAt >= start && l.CreatedAt < end);
    }

    /// <summary>The ids of one window of the leads in the query's sort: a built-in column's index, or a custom field's values (<see cref="CustomFieldSort"/>).</summary>
    private Task<List<int>> PageIdsAsync(IQueryable<Lead> leads, LeadListQuery query, LeadListVocabulary vocabulary, int skip, int take, CancellationToken cancellationToken) =>
        query is { Sort: LeadSort.Custom, SortFieldId: { } fieldId }
            ? CustomFieldSort.PageAsync(db, fieldId, vocabulary.SortFields[fieldId], leads.Select(l => l.Id), query.Descending, skip, take, cancellationToken)
            : Order(leads, query.Sort, query.Descending).Select(l => l.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);

    private static IQueryable<Lead> Order(IQueryable<Lead> leads, LeadSort sort, bool descending) => (sort, descending) switch
    {
        (LeadSort.Name, false) => leads.OrderBy(l => l.NameKey).ThenBy(l => l.Id),
        (LeadSort.Name, true) => leads.OrderByDescending(l => l.NameKey).ThenByDescending(l => l.Id),
        (LeadSort.Status, false) => leads.OrderBy(l => l.Status!.Position).ThenBy(l => l.KanbanRank).ThenBy(l => l.Id),
        (LeadSort.Status, true) => leads.OrderByDescending(l => l.Status!.Position).ThenBy(l => l.KanbanRank).ThenBy(l => l.Id),
        (LeadSort.Amount, false) => leads.OrderBy(l => l.EstimatedAmount).ThenBy(l => l.Id),
        (LeadSort.Amount, true) => leads.OrderByDescending(l => l.EstimatedAmount).ThenByDescending(l => l.Id),
        (LeadSort.Responsible, false) => leads.OrderBy(l => l.ResponsibleUser!.DisplayName).ThenBy(l => l.Id),
        (LeadSort.Responsible, true) => leads.OrderByDescending(l => l.ResponsibleUser!.DisplayName).ThenByDescending(l => l.Id),
        (_, false) => leads.OrderBy(l => l.CreatedAt).ThenBy(l => l.Id),
        _ => leads.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id),
    };
}
