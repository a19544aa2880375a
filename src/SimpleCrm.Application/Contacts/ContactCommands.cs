using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Contacts;

/// <summary>Creates, edits, soft-deletes and restores contacts, each through the visibility rule.</summary>
public sealed class ContactCommands(
    CrmDbContext db, ICurrentUser user, ContactValidator validator, ContactAccessClassSetter accessClasses, CustomFieldEditor customFields, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(ContactInput input, CancellationToken cancellationToken)
    {
        var validated = await validator.ValidateAsync(input, cancellationToken);
        var custom = await customFields.ValidateAsync(CustomFieldRecordType.Contact, input.CustomFields, recordId: null, cancellationToken);
        return await customFields.SavingAsync(custom, () => CreateAsync(input, validated, custom, cancellationToken), r => r.Succeeded);
    }

    private async Task<Result<int>> CreateAsync(ContactInput input, ValidatedContact validated, ValidatedCustomFields custom, CancellationToken cancellationToken)
    {
        if (!validated.IsValid || !custom.IsValid)
        {
            return Result<int>.Fail([.. validated.Failures, .. custom.Failures]);
        }

        var contact = new Contact { ResponsibleUserId = input.ResponsibleUserId ?? user.UserId };
        await ApplyAsync(contact, input, validated, cancellationToken);
        db.Contacts.Add(contact);
        // A new contact's class is part of its creation (created by, at); history records later changes.
        var accessClass = await accessClasses.ApplyAsync(contact, input.AccessClassId, cancellationToken);
        if (!accessClass.Succeeded)
        {
            return Result<int>.Fail(accessClass.Failures);
        }

        // The custom values need the new contact's id: a second save, in the same transaction.
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (await customFields.StageAsync(contact.Id, custom, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(contact.Id);
    }

    public async Task<Result> UpdateAsync(int id, ContactInput input, Guid version, CancellationToken cancellationToken)
    {
        var contact = await VisibleForWrite().Include(c => c.Emails).Include(c => c.Phones)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return Result.NotFound();
        }

        if (contact.Version != version)
        {
            return Result.Fail(new Failure(Messages.ConcurrencyConflict));
        }

        var validated = await validator.ValidateAsync(input, cancellationToken);
        var custom = await customFields.ValidateAsync(CustomFieldRecordType.Contact, input.CustomFields, id, cancellationToken);
        return await customFields.SavingAsync(custom, () => UpdateAsync(contact, input, validated, custom, cancellationToken), r => r.Succeeded);
    }

    private async Task<Result> UpdateAsync(Contact contact, ContactInput input, ValidatedContact validated, ValidatedCustomFields custom, CancellationToken cancellationToken)
    {
        var id = contact.Id;
        if (!validated.IsValid || !custom.IsValid)
        {
            return Result.Fail([.. validated.Failures, .. custom.Failures]);
        }

        contact.ResponsibleUserId = input.ResponsibleUserId ?? contact.ResponsibleUserId;
        await ApplyAsync(contact, input, validated, cancellationToken);
        var accessClass = await accessClasses.ApplyAsync(contact, input.AccessClassId, cancellationToken);
        if (!accessClass.Succeeded)
        {
            return Result.Fail([.. accessClass.Failures]);
        }

        if (accessClass.Value is { } history)
        {
            db.History.Add(history);
        }

        if (await customFields.StageAsync(id, custom, cancellationToken))
        {
            // Values alone changed: the contact is still edited (new version, updated by and at).
            db.Entry(contact).Property(c => c.UpdatedAt).IsModified = true;
        }

        return await SaveAsync(cancellationToken);
    }

    public async Task<Result> ChangeResponsibleAsync(int id, string responsibleUserId, CancellationToken cancellationToken)
    {
        var contact = await VisibleForWrite().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return Result.NotFound();
        }

        if (!await db.Users.AnyAsync(u => u.Id == responsibleUserId && u.IsActive, cancellationToken))
        {
            return Result.Fail(new Failure("Contacts.ResponsibleUnknown", nameof(ContactInput.ResponsibleUserId)));
        }

        contact.ResponsibleUserId = responsibleUserId;
        return await SaveAsync(cancellationToken);
    }

    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var contact = await VisibleForWrite().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return Result.NotFound();
        }

        contact.IsDeleted = true;
        contact.DeletedAt = clock.GetUtcNow().UtcDateTime;
        contact.DeletedById = user.UserId;
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Brings a soft-deleted contact back. Only an admin may restore.</summary>
    public async Task<Result> RestoreAsync(int id, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Result.NotFound();
        }

        var contact = await db.Contacts.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == id && c.IsDeleted, cancellationToken);
        if (contact is null)
        {
            return Result.NotFound();
        }

        contact.IsDeleted = false;
        contact.DeletedAt = null;
        contact.DeletedById = null;
        return await SaveAsync(cancellationToken);
    }

    private IQueryable<Contact> VisibleForWrite() => db.Contacts.VisibleTo(user);

    private async Task ApplyAsync(Contact contact, ContactInput input, ValidatedContact validated, CancellationToken cancellationToken)
    {
        contact.Kind = input.Kind;
        contact.FirstName = input.Kind == ContactKind.Person ? Clean(input.FirstName) : null;
        contact.LastName = input.Kind == ContactKind.Person ? Clean(input.LastName) : null;
        contact.CompanyName = Clean(input.CompanyName);
        contact.Position = input.Kind == ContactKind.Person ? Clean(input.Position) : null;
        contact.Street = Clean(input.Street);
        contact.City = Clean(input.City);
        contact.PostalCode = Clean(input.PostalCode);
        contact.Country = Clean(input.Country);
        contact.Website = Clean(input.Website);
        contact.BirthDate = input.Kind == ContactKind.Person ? input.BirthDate : null;
        contact.Notes = Clean(input.Notes);
        contact.CompanyId = input.Kind == ContactKind.Person
            ? await FindCompanyIdAsync(contact.CompanyName, cancellationToken)
            : null;

        ReplaceRows(contact.Emails, validated.Emails, (a, b) => a.Normalized == b.Normalized, (from, to) =>
        {
            to.Address = from.Address;
            to.Position = from.Position;
        });
        ReplaceRows(contact.Phones, validated.Phones, (a, b) => a.E164 == b.E164, (from, to) =>
        {
            to.Number = from.Number;
            to.Position = from.Position;
        });
        contact.RefreshDerivedFields();
    }

    /// <summary>A person typed with the exact name of one visible company contact is linked to it.</summary>
    private async Task<int?> FindCompanyIdAsync(string? companyName, CancellationToken cancellationToken)
    {
        if (companyName is null)
        {
            return null;
        }

        var key = TextFolding.Fold(companyName);
        var matches = await db.Contacts.AsNoTracking().VisibleTo(user)
            .Where(c => c.Kind == ContactKind.Company && c.NameKey == key)
            .Select(c => c.Id).Take(2).ToListAsync(cancellationToken);
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Keeps rows that are still wanted (so their ids survive), adds new ones, drops the rest.</summary>
    private static void ReplaceRows<T>(List<T> current, List<T> wanted, Func<T, T, bool> same, Action<T, T> copy)
        where T : class
    {
        current.RemoveAll(row => !wanted.Any(w => same(row, w)));
        for (var i = 0; i < wanted.Count; i++)
        {
            var existing = current.FirstOrDefault(row => same(row, wanted[i]));
            if (existing is null)
            {
                current.Add(wanted[i]);
            }
            else
            {
                copy(wanted[i], existing);
            }
        }
    }

    private async Task<Result> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(new Failure(Messages.ConcurrencyConflict));
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
