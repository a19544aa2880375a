using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>Reads of leads for the list, the card and the edit form, through the visibility rule.</summary>
public sealed class LeadQueries(CrmDbContext db, ICurrentUser user)
{
    public async Task<Page<LeadListItem>> ListAsync(LeadListQuery query, CancellationToken cancellationToken)
    {
        var pageSize = LeadListQuery.PageSizes.Contains(query.PageSize) ? query.PageSize : LeadListQuery.DefaultPageSize;
        var leads = Filter(db.Leads.AsNoTracking().VisibleTo(user), query);
        var total = await leads.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

        // Deferred join, as for contacts: the ids of one page from the sort index, then their rows.
        var ids = await Order(leads, query.Sort, query.Descending).Select(l => l.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
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
        return new Page<LeadListItem>([.. ids.Where(byId.ContainsKey).Select(id => byId[id])], page, pageSize, total);
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
                l.Version))
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

    /// <summary>Whether the user may see the lead: after a save that hands it to someone else, a sales rep no longer does.</summary>
    public Task<bool> IsVisibleAsync(int id, CancellationToken cancellationToken) =>
        db.Leads.AsNoTracking().VisibleTo(user).AnyAsync(l => l.Id == id, cancellationToken);

    private IQueryable<Lead> Filter(IQueryable<Lead> leads, LeadListQuery query)
    {
        if (query.StatusIds.Count > 0)
        {
            var statusIds = query.StatusIds.ToList();
            leads = leads.Where(l => statusIds.Contains(l.StatusId));
        }
        else if (!query.IncludeClosed)
        {
            // Converted and junk leads are done with: out of the way unless asked for.
            var open = db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Open).Select(s => s.Id);
            leads = leads.Where(l => open.Contains(l.StatusId));
        }

        if (query.SourceId is { } sourceId)
        {
            leads = leads.Where(l => l.SourceId == sourceId);
        }

        if (!string.IsNullOrEmpty(query.ResponsibleUserId))
        {
            leads = leads.Where(l => l.ResponsibleUserId == query.ResponsibleUserId);
        }

        if (query.CreatedFrom is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            leads = leads.Where(l => l.CreatedAt >= start);
        }

        if (query.CreatedTo is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            leads = leads.Where(l => l.CreatedAt < end);
        }

        if (query.AmountFrom is { } min)
        {
            leads = leads.Where(l => l.EstimatedAmount >= min);
        }

        if (query.AmountTo is { } max)
        {
            leads = leads.Where(l => l.EstimatedAmount <= max);
        }

        foreach (var ids in CustomFieldFilter.MatchingIds(db, CustomFieldRecordType.Lead, query.Custom))
        {
            leads = leads.Where(l => ids.Contains(l.Id));
        }

        return leads.Matching(query.Search);
    }

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
