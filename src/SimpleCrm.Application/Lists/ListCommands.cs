using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Lists;

/// <summary>
/// Creates, renames and deletes lists, and puts one contact on or off a list (the profile, a row of
/// the list page). Membership goes through <see cref="ListMembership"/> after the visibility check,
/// so one contact and a bulk batch write the same history and event.
/// </summary>
public sealed class ListCommands(CrmDbContext db, ICurrentUser user, ListMembership membership, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(ListInput input, CancellationToken cancellationToken)
    {
        var failures = await ValidateAsync(input, exceptId: null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var list = new ContactList();
        Apply(list, input);
        db.ContactLists.Add(list);
        return await SaveAsync(cancellationToken) is { } taken ? Result<int>.Fail(taken) : Result<int>.Ok(list.Id);
    }

    /// <summary>The form's values of a list the user may change; not found for any other.</summary>
    public async Task<Result<ListInput>> GetForEditAsync(int id, CancellationToken cancellationToken)
    {
        var list = await db.ContactLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return list is null || !ListPermissions.MayChange(list.CreatedById, user)
            ? Result<ListInput>.NotFound()
            : Result<ListInput>.Ok(new ListInput { Name = list.Name, Description = list.Description });
    }

    public async Task<Result> UpdateAsync(int id, ListInput input, CancellationToken cancellationToken)
    {
        var list = await db.ContactLists.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (list is null || !ListPermissions.MayChange(list.CreatedById, user))
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(input, id, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        Apply(list, input);
        return await SaveAsync(cancellationToken) is { } taken ? Result.Fail(taken) : Result.Success;
    }

    /// <summary>
    /// Deletes the list and its memberships (the contacts stay, each with a history line saying it
    /// left the list); only its creator, an admin or a manager may.
    /// </summary>
    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var list = await db.ContactLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (list is null || !ListPermissions.MayChange(list.CreatedById, user))
        {
            return Result.NotFound();
        }

        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        var members = await db.ContactListMembers.Where(m => m.ListId == id).Select(m => m.ContactId).ToListAsync(cancellationToken);
        foreach (var batch in members.Chunk(SetBasedInsert.BatchSize))
        {
            await HistoryBatch.RecordAsync(db, batch, ListMembership.RemovedFromList, list.Name, clock.GetUtcNow().UtcDateTime, user.UserId, cancellationToken);
        }

        await db.ContactListMembers.Where(m => m.ListId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ContactLists.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Puts a contact the user may see on the list; a contact already on it changes nothing.</summary>
    public async Task<Result> AddContactAsync(int listId, int contactId, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(contactId, cancellationToken))
        {
            return Result.NotFound();
        }

        var list = await db.ContactLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null)
        {
            return Result.Fail(new Failure(ListMessages.ListRequired, "ListId"));
        }

        await membership.AddAsync(list, [contactId], cancellationToken);
        return Result.Success;
    }

    /// <summary>Takes a contact the user may see off the list; not found for an unknown list or an invisible contact.</summary>
    public async Task<Result> RemoveContactAsync(int listId, int contactId, CancellationToken cancellationToken)
    {
        var list = await db.ContactLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken);
        if (list is null || !await IsVisibleAsync(contactId, cancellationToken))
        {
            return Result.NotFound();
        }

        await membership.RemoveAsync(list, [contactId], cancellationToken);
        return Result.Success;
    }

    private Task<bool> IsVisibleAsync(int contactId, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == contactId, cancellationToken);

    private static void Apply(ContactList list, ListInput input)
    {
        list.Name = input.Name!.Trim();
        list.NameKey = ListInput.NameKeyOf(input.Name);
        list.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
    }

    /// <summary>A second list of the same name, in any case ("Targi 2026" and "TARGI 2026"), is refused: the list filter and the bulk menu show names only.</summary>
    private async Task<List<Failure>> ValidateAsync(ListInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = input.Validate().ToList();
        if (failures.Count == 0)
        {
            var key = ListInput.NameKeyOf(input.Name!);
            if (await db.ContactLists.AnyAsync(l => l.NameKey == key && l.Id != exceptId, cancellationToken))
            {
                failures.Add(new Failure(ListMessages.NameTaken, nameof(ListInput.Name)));
            }
        }

        return failures;
    }

    private Task<Failure?> SaveAsync(CancellationToken cancellationToken) =>
        db.SaveOrNameTakenAsync(new Failure(ListMessages.NameTaken, nameof(ListInput.Name)), cancellationToken);
}
