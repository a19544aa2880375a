using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Outbox;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Application.Merging;

/// <summary>
/// Merges 2–10 visible contacts into one, in one transaction: the survivor takes the chosen field
/// values and the union of emails, phones, tags, lists, history and people; the others are
/// soft-deleted with a pointer to the survivor, so old links lead there and an admin can restore them.
/// </summary>
public sealed class ContactMerge(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>History action on the survivor; details name the contacts merged into it.</summary>
    public const string Merged = "Merged";

    /// <summary>History action on each merged-away contact; details name the survivor.</summary>
    public const string MergedInto = "MergedInto";

    public async Task<Result> MergeAsync(MergeRequest request, CancellationToken cancellationToken)
    {
        var ids = request.ContactIds;
        if (!MergeLimits.AreValid(ids))
        {
            return Result.Fail(new Failure(MergeMessages.CountOutOfRange));
        }

        if (!ids.Contains(request.SurvivorId))
        {
            return Result.Fail(new Failure(MergeMessages.SurvivorNotAmong));
        }

        if (request.Choices.Values.Any(id => !ids.Contains(id)))
        {
            return Result.Fail(new Failure(MergeMessages.ChoiceNotAmong));
        }

        var idList = ids.ToList();
        var contacts = await db.Contacts.VisibleTo(user).Where(c => idList.Contains(c.Id))
            .Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags)
            .AsSplitQuery().ToListAsync(cancellationToken);
        // One invisible (or deleted) id fails the whole merge as "not found": its existence is not told.
        if (contacts.Count != ids.Count)
        {
            return Result.NotFound();
        }

        if (contacts.Any(c => !request.Versions.TryGetValue(c.Id, out var version) || version != c.Version))
        {
            return Result.Fail(new Failure(Messages.ConcurrencyConflict));
        }

        if (contacts.Select(c => c.Kind).Distinct().Count() > 1)
        {
            return Result.Fail(new Failure(MergeMessages.KindsDiffer));
        }

        var survivor = contacts.Single(c => c.Id == request.SurvivorId);
        var others = contacts.Where(c => c.Id != survivor.Id).OrderBy(c => idList.IndexOf(c.Id)).ToList();
        try
        {
            await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
            await MergeAsync(survivor, others, contacts, request.Choices, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The transaction was not committed: the set-based statements roll back with it.
            db.ChangeTracker.Clear();
            return Result.Fail(new Failure(Messages.ConcurrencyConflict));
        }
    }

    private async Task MergeAsync(Contact survivor, List<Contact> others, List<Contact> all, IReadOnlyDictionary<MergeField, int> choices, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var otherIds = others.Select(c => c.Id).ToList();
        var survivorId = survivor.Id;
        var mergedNames = string.Join(", ", others.Select(Label));

        foreach (var field in MergeFields.For(survivor.Kind, ContactVisibility.SeesAll(user)))
        {
            if (choices.TryGetValue(field, out var sourceId) && sourceId != survivorId)
            {
                Copy(field, all.Single(c => c.Id == sourceId), survivor);
            }
        }

        UnionEmails(survivor, others);
        UnionPhones(survivor, others);
        UnionTags(survivor, others);
        survivor.RefreshDerivedFields();

        await MoveListMembershipsAsync(survivorId, otherIds, cancellationToken);
        await db.SelectedContacts.Where(s => otherIds.Contains(s.ContactId)).ExecuteDeleteAsync(cancellationToken);
        await db.History.Where(h => h.RecordType == HistoryRecordTypes.Contact && otherIds.Contains(h.RecordId))
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.RecordId, survivorId), cancellationToken);
        await RepointPeopleAsync(survivor, otherIds, cancellationToken);
        // The leads converted into or assigned to the others belong to the survivor now (its profile lists them).
        await db.Leads.IgnoreQueryFilters().Where(l => l.ContactId != null && otherIds.Contains(l.ContactId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ContactId, survivorId).SetProperty(l => l.Version, Guid.NewGuid()), cancellationToken);
        // Contacts merged earlier into one of the others now lead straight to the survivor.
        await db.Contacts.IgnoreQueryFilters().Where(c => c.MergedIntoId != null && otherIds.Contains(c.MergedIntoId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.MergedIntoId, survivorId), cancellationToken);

        foreach (var other in others)
        {
            other.IsDeleted = true;
            other.DeletedAt = now;
            other.DeletedById = user.UserId;
            other.MergedIntoId = survivorId;
            db.History.Add(HistoryEntry.ForContact(other.Id, MergedInto, Label(survivor), now, user.UserId));
        }

        db.History.Add(HistoryEntry.ForContact(survivorId, Merged, mergedNames, now, user.UserId));
    }

    private static void Copy(MergeField field, Contact from, Contact to)
    {
        switch (field)
        {
            case MergeField.FirstName: to.FirstName = from.FirstName; break;
            case MergeField.LastName: to.LastName = from.LastName; break;
            case MergeField.Company:
                to.CompanyName = from.CompanyName;
                to.CompanyId = from.CompanyId;
                break;
            case MergeField.Position: to.Position = from.Position; break;
            case MergeField.Street: to.Street = from.Street; break;
            case MergeField.City: to.City = from.City; break;
            case MergeField.PostalCode: to.PostalCode = from.PostalCode; break;
            case MergeField.Country: to.Country = from.Country; break;
            case MergeField.Website: to.Website = from.Website; break;
            case MergeField.BirthDate: to.BirthDate = from.BirthDate; break;
            case MergeField.Notes: to.Notes = from.Notes; break;
            case MergeField.Responsible: to.ResponsibleUserId = from.ResponsibleUserId; break;
            case MergeField.AccessClass: to.AccessClassId = from.AccessClassId; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    /// <summary>
    /// The survivor's addresses first, then the others' in order, each once (case-insensitive).
    /// The merged-away contacts keep their own rows, so a restore gives them back whole. The union
    /// may pass the form's limit of five: nothing is dropped, the user trims it on the next edit.
    /// </summary>
    private static void UnionEmails(Contact survivor, List<Contact> others)
    {
        var known = survivor.Emails.Select(e => e.Normalized).ToHashSet(StringComparer.Ordinal);
        var next = survivor.Emails.Count == 0 ? 0 : survivor.Emails.Max(e => e.Position) + 1;
        foreach (var email in others.SelectMany(o => o.Emails.OrderBy(e => e.Position)))
        {
            if (known.Add(email.Normalized))
            {
                survivor.Emails.Add(new ContactEmail { Address = email.Address, Normalized = email.Normalized, Position = next++ });
            }
        }
    }

    /// <summary>Phones by their E.164 form, or by their digits when they have none.</summary>
    private static void UnionPhones(Contact survivor, List<Contact> others)
    {
        static string Key(ContactPhone phone) => phone.E164 ?? TextFolding.Digits(phone.Number);
        var known = survivor.Phones.Select(Key).ToHashSet(StringComparer.Ordinal);
        var next = survivor.Phones.Count == 0 ? 0 : survivor.Phones.Max(p => p.Position) + 1;
        foreach (var phone in others.SelectMany(o => o.Phones.OrderBy(p => p.Position)))
        {
            if (known.Add(Key(phone)))
            {
                survivor.Phones.Add(new ContactPhone { Number = phone.Number, E164 = phone.E164, Position = next++ });
            }
        }
    }

    /// <summary>Tags move: the survivor gets the ones it lacks, the others lose theirs (tag counts stay true).</summary>
    private static void UnionTags(Contact survivor, List<Contact> others)
    {
        var known = survivor.Tags.Select(t => t.TagId).ToHashSet();
        foreach (var tag in others.SelectMany(o => o.Tags).OrderBy(t => t.TaggedAt))
        {
            if (known.Add(tag.TagId))
            {
                survivor.Tags.Add(new ContactTag { TagId = tag.TagId, TaggedAt = tag.TaggedAt });
            }
        }

        foreach (var other in others)
        {
            other.Tags.Clear();
        }
    }

    /// <summary>Memberships move: only lists the survivor is not on yet are added (the key is list + contact).</summary>
    private async Task MoveListMembershipsAsync(int survivorId, List<int> otherIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var missing = await db.ContactListMembers.AsNoTracking()
            .Where(m => otherIds.Contains(m.ContactId) && !db.ContactListMembers.Any(s => s.ListId == m.ListId && s.ContactId == survivorId))
            .ToListAsync(cancellationToken);
        await db.ContactListMembers.Where(m => otherIds.Contains(m.ContactId)).ExecuteDeleteAsync(cancellationToken);
        db.ContactListMembers.AddRange(missing.GroupBy(m => m.ListId).Select(g => g.OrderBy(m => m.AddedAt).First()).Select(m => new ContactListMember
        {
            ListId = m.ListId,
            ContactId = survivorId,
            AddedAt = m.AddedAt,
            AddedById = m.AddedById,
        }));

        // The survivor joins these lists now: what listens to list members (auto-conversion) hears of it.
        foreach (var listId in missing.Select(m => m.ListId).Distinct())
        {
            OutboxWriter.Raise(db, new ContactsAddedToList(listId, [survivorId], user.UserId), now);
        }
    }

    /// <summary>
    /// People of a merged-away company now work at the survivor, the ones the user cannot see and
    /// the deleted ones too: the company merged, whoever looks at them.
    /// </summary>
    private async Task RepointPeopleAsync(Contact survivor, List<int> otherIds, CancellationToken cancellationToken)
    {
        if (survivor.Kind != ContactKind.Company)
        {
            return;
        }

        var people = await db.Contacts.IgnoreQueryFilters().Where(c => c.CompanyId != null && otherIds.Contains(c.CompanyId.Value))
            .Include(c => c.Emails).Include(c => c.Phones).AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            person.CompanyId = survivor.Id;
            person.CompanyName = survivor.CompanyName;
            person.RefreshDerivedFields();
        }
    }

    private static string Label(Contact contact) =>
        string.Create(CultureInfo.InvariantCulture, $"{contact.DisplayName} (#{contact.Id})");
}
