using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Tags;

/// <summary>Tags and untags contacts through the visibility rule, recording each change in the contact's history.</summary>
public sealed class TagCommands(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const string TagsAdded = "TagsAdded";
    public const string TagRemoved = "TagRemoved";

    /// <summary>Adds the comma-separated tags to the contact, reusing existing tags in their first spelling.</summary>
    public async Task<Result> AddAsync(int contactId, string? typed, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(contactId, cancellationToken))
        {
            return Result.NotFound();
        }

        var parsed = TagNames.Parse(typed);
        if (!parsed.Succeeded)
        {
            return Result.Fail([.. parsed.Failures]);
        }

        var tags = await FindOrCreateAsync(parsed.Value!, cancellationToken);
        var tagIds = tags.Select(t => t.Id).ToList();
        var present = await db.ContactTags.Where(ct => ct.ContactId == contactId && tagIds.Contains(ct.TagId))
            .Select(ct => ct.TagId).ToListAsync(cancellationToken);
        var added = tags.Where(t => !present.Contains(t.Id)).ToList();
        if (added.Count == 0)
        {
            return Result.Success;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ContactTags.AddRange(added.Select(t => new ContactTag { ContactId = contactId, TagId = t.Id, TaggedAt = now }));
        Record(contactId, TagsAdded, string.Join(", ", added.Select(t => t.Name)), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent request added the same tag to this contact first: the wanted state holds.
            db.ChangeTracker.Clear();
        }

        return Result.Success;
    }

    /// <summary>Removes one tag (by name, any case) from the contact; a tag it does not carry changes nothing.</summary>
    public async Task<Result> RemoveAsync(int contactId, string? name, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(contactId, cancellationToken))
        {
            return Result.NotFound();
        }

        var key = Tag.KeyOf(name ?? string.Empty);
        var row = await db.ContactTags.Include(ct => ct.Tag)
            .SingleOrDefaultAsync(ct => ct.ContactId == contactId && ct.Tag!.NameKey == key, cancellationToken);
        if (row is null)
        {
            return Result.Success;
        }

        db.ContactTags.Remove(row);
        Record(contactId, TagRemoved, row.Tag!.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private Task<bool> IsVisibleAsync(int contactId, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == contactId, cancellationToken);

    /// <summary>
    /// The tags for the names, creating the missing ones. The unique index on NameKey refuses a tag
    /// that a concurrent request created a moment earlier: then the existing row is read and used.
    /// </summary>
    internal async Task<List<Tag>> FindOrCreateAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var keys = names.Select(Tag.KeyOf).ToList();
        for (var attempt = 0; ; attempt++)
        {
            var existing = await db.Tags.Where(t => keys.Contains(t.NameKey)).ToListAsync(cancellationToken);
            var missing = names.Where(n => !existing.Any(t => t.NameKey == Tag.KeyOf(n))).ToList();
            if (missing.Count == 0)
            {
                return [.. keys.Select(k => existing.Single(t => t.NameKey == k))];
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var created = missing.Select(n => new Tag { Name = n, NameKey = Tag.KeyOf(n), CreatedAt = now }).ToList();
            db.Tags.AddRange(created);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return [.. keys.Select(k => existing.Concat(created).Single(t => t.NameKey == k))];
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                foreach (var tag in created)
                {
                    db.Entry(tag).State = EntityState.Detached;
                }
            }
        }
    }

    private void Record(int contactId, string action, string details, DateTime at) =>
        db.History.Add(HistoryEntry.ForContact(contactId, action, details, at, user.UserId));
}
