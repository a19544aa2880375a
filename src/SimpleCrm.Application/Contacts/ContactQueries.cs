using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Contacts;

/// <summary>Reads of contacts for the list, the profile and the forms, all through the visibility rule.</summary>
public sealed class ContactQueries(CrmDbContext db, ICurrentUser user, ContactMatching matching)
{
    public async Task<Page<ContactListItem>> ListAsync(ContactListQuery query, CancellationToken cancellationToken)
    {
        var pageSize = ContactListQuery.PageSizes.Contains(query.PageSize) ? query.PageSize : ContactListQuery.DefaultPageSize;
        // A class-holding rep's plain list on SQLite is written out (see RepNamePage); all else goes through EF.
        var repNamePage = RepNamePage.Applies(db, user, query);
        var contacts = await matching.MatchingAsync(query, cancellationToken);
        var total = repNamePage
            ? await RepNamePage.CountAsync(db, user, cancellationToken)
            : await contacts.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);

        // Deferred join: walk the sort index for the ids of the page only, then load those rows.
        // The walk reads narrow index entries, so even page 2000 does not touch 50 000 rows.
        var ids = repNamePage
            ? await RepNamePage.IdsAsync(db, user, query.Descending, (page - 1) * pageSize, pageSize, cancellationToken)
            : await Order(SeekableNotDeleted(contacts, query), query.Sort, query.Descending).Select(c => c.Id)
                .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var visible = Visible();
        var rows = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new ContactListItem(
                c.Id,
                c.Kind,
                c.DisplayName,
                c.CompanyName,
                // A link to the company only if the user may see it (the visibility rule).
                visible.Any(co => co.Id == c.CompanyId) ? c.CompanyId : null,
                c.Emails.OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefault(),
                c.Phones.OrderBy(p => p.Position).Select(p => p.Number).FirstOrDefault(),
                c.Phones.OrderBy(p => p.Position).Select(p => p.E164).FirstOrDefault(),
                c.ResponsibleUser != null ? c.ResponsibleUser.DisplayName : null,
                c.CreatedAt,
                c.AccessClass != null ? c.AccessClass.Name : null))
            .ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        return new Page<ContactListItem>([.. ids.Where(byId.ContainsKey).Select(id => byId[id])], page, pageSize, total);
    }

    public async Task<ContactProfile?> GetProfileAsync(int id, CancellationToken cancellationToken)
    {
        var visible = Visible();
        var profile = await visible.Where(c => c.Id == id)
            .Select(c => new ContactProfile(
                c.Id,
                c.Kind,
                c.DisplayName,
                c.FirstName,
                c.LastName,
                c.CompanyName,
                // The linked company only if the user may see it: another rep's company stays theirs.
                c.Company != null && visible.Any(co => co.Id == c.CompanyId) ? new ContactLink(c.Company.Id, c.Company.DisplayName, null) : null,
                c.Position,
                c.Emails.OrderBy(e => e.Position).Select(e => e.Address).ToList(),
                c.Phones.OrderBy(p => p.Position).Select(p => new ContactProfilePhone(p.Number, p.E164)).ToList(),
                c.Street,
                c.City,
                c.PostalCode,
                c.Country,
                c.Website,
                c.BirthDate,
                c.Notes,
                c.ResponsibleUserId,
                c.ResponsibleUser != null ? c.ResponsibleUser.DisplayName : null,
                db.Users.Where(u => u.Id == c.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
                c.CreatedAt,
                db.Users.Where(u => u.Id == c.UpdatedById).Select(u => u.DisplayName).FirstOrDefault(),
                c.UpdatedAt,
                new List<ContactLink>(),
                c.AccessClass != null ? c.AccessClass.Name : null))
            .SingleOrDefaultAsync(cancellationToken);
        if (profile is null || profile.Kind != ContactKind.Company)
        {
            return profile;
        }

        // A company's people: only those the user may see, so the profile leaks no one.
        var people = await Visible().Where(c => c.CompanyId == id).OrderBy(c => c.NameKey)
            .Select(c => new ContactLink(c.Id, c.DisplayName, c.Position)).Take(200).ToListAsync(cancellationToken);
        return profile with { People = people };
    }

    /// <summary>Whether the user may see the contact (after a hand-over a sales rep no longer does).</summary>
    public Task<bool> IsVisibleAsync(int id, CancellationToken cancellationToken) =>
        Visible().AnyAsync(c => c.Id == id, cancellationToken);

    public async Task<ContactEditModel?> GetForEditAsync(int id, CancellationToken cancellationToken)
    {
        var contact = await Visible().Include(c => c.Emails).Include(c => c.Phones)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var input = new ContactInput
        {
            Kind = contact.Kind,
            FirstName = contact.FirstName,
            LastName = contact.LastName,
            CompanyName = contact.CompanyName,
            Position = contact.Position,
            Emails = [.. contact.Emails.OrderBy(e => e.Position).Select(e => e.Address)],
            Phones = [.. contact.Phones.OrderBy(p => p.Position).Select(p => p.Number)],
            Street = contact.Street,
            City = contact.City,
            PostalCode = contact.PostalCode,
            Country = contact.Country,
            Website = contact.Website,
            BirthDate = contact.BirthDate,
            Notes = contact.Notes,
            ResponsibleUserId = contact.ResponsibleUserId,
            AccessClassId = contact.AccessClassId,
        };
        return new ContactEditModel(contact.Id, contact.DisplayName, input, contact.Version);
    }

    /// <summary>Names of visible companies starting with the typed text, for the company field.</summary>
    public async Task<IReadOnlyList<string>> SuggestCompaniesAsync(string? term, CancellationToken cancellationToken)
    {
        var key = TextFolding.Fold(term);
        if (key.Length < 2)
        {
            return [];
        }

        var prefix = LikePattern.Contains(key)[1..];
        return await Visible().Where(c => c.Kind == ContactKind.Company && EF.Functions.Like(c.NameKey, prefix, LikePattern.EscapeCharacter))
            .OrderBy(c => c.NameKey).Select(c => c.DisplayName).Take(10).ToListAsync(cancellationToken);
    }

    /// <summary>Soft-deleted contacts, newest first: the admin's restore list.</summary>
    public async Task<IReadOnlyList<DeletedContact>> ListDeletedAsync(CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Users.Roles.Admin))
        {
            return [];
        }

        return await db.Contacts.AsNoTracking().IgnoreQueryFilters().Where(c => c.IsDeleted)
            .OrderByDescending(c => c.DeletedAt).Take(500)
            .Select(c => new DeletedContact(
                c.Id,
                c.DisplayName,
                c.DeletedAt,
                db.Users.Where(u => u.Id == c.DeletedById).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The list's whole result: visible contacts through the list's filter, in its order, unpaged.
    /// Readers of every row (exports) start here so a new filter on the list reaches them too.
    /// </summary>
    internal async Task<IQueryable<Contact>> FilteredAndOrderedAsync(ContactListQuery query, CancellationToken cancellationToken) =>
        Order(SeekableNotDeleted(await matching.MatchingAsync(query, cancellationToken), query), query.Sort, query.Descending);

    private IQueryable<Contact> Visible() => db.Contacts.AsNoTracking().VisibleTo(user);

    /// <summary>
    /// Restates the soft-delete filter as an equality for the walk over a sort index. EF Core renders
    /// the filter as <c>NOT ("IsDeleted")</c> on SQLite, which cannot seek the indexes led by
    /// IsDeleted, so every page sorted all contacts first (10–25 ms at 100 000, page 1 or 2000);
    /// <c>"IsDeleted" = @p</c> lets SQLite start at the page. It must be a parameter: EF Core folds
    /// <c>== false</c> back into NOT. Not with a fragment: SQLite would then walk the index with a row
    /// lookup per contact, slower than the one sequential scan it does now.
    /// </summary>
    private static IQueryable<Contact> SeekableNotDeleted(IQueryable<Contact> contacts, ContactListQuery query) =>
        string.IsNullOrWhiteSpace(query.Search) ? contacts.Where(c => c.IsDeleted == EF.Parameter(false)) : contacts;

    private static IQueryable<Contact> Order(IQueryable<Contact> contacts, ContactSort sort, bool descending) => (sort, descending) switch
    {
        (ContactSort.Company, false) => contacts.OrderBy(c => c.CompanyKey).ThenBy(c => c.Id),
        (ContactSort.Company, true) => contacts.OrderByDescending(c => c.CompanyKey).ThenByDescending(c => c.Id),
        (ContactSort.Created, false) => contacts.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        (ContactSort.Created, true) => contacts.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
        (ContactSort.Responsible, false) => contacts.OrderBy(c => c.ResponsibleUser!.DisplayName).ThenBy(c => c.NameKey).ThenBy(c => c.Id),
        (ContactSort.Responsible, true) => contacts.OrderByDescending(c => c.ResponsibleUser!.DisplayName).ThenByDescending(c => c.NameKey).ThenByDescending(c => c.Id),
        (_, true) => contacts.OrderByDescending(c => c.NameKey).ThenByDescending(c => c.Id),
        _ => contacts.OrderBy(c => c.NameKey).ThenBy(c => c.Id),
    };
}
