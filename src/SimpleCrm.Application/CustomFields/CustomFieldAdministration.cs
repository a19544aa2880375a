using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// Admin > Custom fields: the fields of leads, contacts and deals, in order; create, edit, archive and
/// restore, reorder. A field's type is fixed once any record has a value in it (the values would no
/// longer mean what they were typed as). Options of choice fields: <see cref="CustomFieldOptionAdministration"/>.
/// </summary>
public sealed class CustomFieldAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<CustomFieldListItem>> ListAsync(CustomFieldRecordType recordType, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return [];
        }

        var fields = db.CustomFields.AsNoTracking().Where(f => f.RecordType == recordType);
        var counts = await db.CustomFieldValues.AsNoTracking().Where(v => fields.Any(f => f.Id == v.FieldId))
            .GroupBy(v => v.FieldId)
            .Select(g => new { FieldId = g.Key, Count = g.Select(v => v.RecordId).Distinct().Count() })
            .ToDictionaryAsync(g => g.FieldId, g => g.Count, cancellationToken);
        var rows = await fields.OrderBy(f => f.Position).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.Label, f.Type, f.IsRequired, f.IsArchived, Options = f.Options.Count(o => !o.IsRetired) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(f => new CustomFieldListItem(f.Id, f.Label, f.Type, f.IsRequired, f.IsArchived, f.Options, counts.GetValueOrDefault(f.Id)))];
    }

    public async Task<Result<CustomFieldEditModel>> GetAsync(int id, CancellationToken cancellationToken)
    {
        var field = IsAdmin
            ? await db.CustomFields.AsNoTracking().Where(f => f.Id == id)
                .Select(f => new
                {
                    f.RecordType,
                    Input = new CustomFieldInput { Label = f.Label, Type = f.Type, IsRequired = f.IsRequired },
                    f.IsArchived,
                    HasValues = db.CustomFieldValues.Any(v => v.FieldId == f.Id),
                })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (field is null)
        {
            return Result<CustomFieldEditModel>.NotFound();
        }

        var options = await db.CustomFieldOptions.AsNoTracking().Where(o => o.FieldId == id).OrderBy(o => o.Position).ThenBy(o => o.Id)
            .Select(o => new CustomFieldChoice(o.Id, o.Label, o.IsRetired)).ToListAsync(cancellationToken);
        return Result<CustomFieldEditModel>.Ok(new CustomFieldEditModel(field.RecordType, field.Input, field.IsArchived, field.HasValues, options));
    }

    /// <summary>Adds the field at the end of its record type's order.</summary>
    public async Task<Result<int>> CreateAsync(CustomFieldRecordType recordType, CustomFieldInput input, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<int>.NotFound();
        }

        if (!Enum.IsDefined(recordType))
        {
            return Result<int>.Fail(new Failure(CustomFieldMessages.InvalidRecordType));
        }

        var failures = await ValidateAsync(recordType, input, exceptId: null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var last = await db.CustomFields.Where(f => f.RecordType == recordType).MaxAsync(f => (int?)f.Position, cancellationToken);
        var field = new CustomField { RecordType = recordType, Type = input.Type, IsRequired = input.IsRequired, Position = (last ?? -1) + 1 };
        SetLabel(field, input.Label!);
        db.CustomFields.Add(field);
        var taken = await db.SaveOrNameTakenAsync(LabelTaken, cancellationToken);
        return taken is null ? Result<int>.Ok(field.Id) : Result<int>.Fail(taken);
    }

    /// <summary>Saves the label, the type (refused once a record has a value) and whether it is required.</summary>
    public async Task<Result> UpdateAsync(int id, CustomFieldInput input, CancellationToken cancellationToken)
    {
        var field = await FindAsync(id, cancellationToken);
        if (field is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(field.RecordType, input, id, cancellationToken);
        if (input.Type != field.Type && Enum.IsDefined(input.Type) && await db.CustomFieldValues.AnyAsync(v => v.FieldId == id, cancellationToken))
        {
            failures.Add(new Failure(CustomFieldMessages.TypeInUse, nameof(CustomFieldInput.Type)));
        }

        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        SetLabel(field, input.Label!);
        field.Type = input.Type;
        field.IsRequired = input.IsRequired;
        var taken = await db.SaveOrNameTakenAsync(LabelTaken, cancellationToken);
        return taken is null ? Result.Success : Result.Fail(taken);
    }

    /// <summary>Archives (hidden from forms, cards, filters and exports; values kept) or restores a field.</summary>
    public async Task<Result> SetArchivedAsync(int id, bool archived, CancellationToken cancellationToken)
    {
        var field = await FindAsync(id, cancellationToken);
        if (field is null)
        {
            return Result.NotFound();
        }

        field.IsArchived = archived;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Rewrites the order of one record type's fields from the full list of ids; refuses a list that is not exactly its fields.</summary>
    public async Task<Result> ReorderAsync(CustomFieldRecordType recordType, IReadOnlyList<int> orderedIds, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result.NotFound();
        }

        var fields = await db.CustomFields.Where(f => f.RecordType == recordType).ToListAsync(cancellationToken);
        if (!LeadConfigurationNames.TryApplyOrder(orderedIds, fields))
        {
            return Result.Fail(new Failure(CustomFieldMessages.OrderOutdated));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Moves a field one place up (offset -1) or down (+1) among its record type's fields: the buttons that work without JavaScript.</summary>
    public async Task<Result> MoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        var recordType = IsAdmin
            ? await db.CustomFields.AsNoTracking().Where(f => f.Id == id).Select(f => (CustomFieldRecordType?)f.RecordType).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (recordType is not { } type)
        {
            return Result.NotFound();
        }

        var order = await db.CustomFields.AsNoTracking().Where(f => f.RecordType == type).OrderBy(f => f.Position).ThenBy(f => f.Id)
            .Select(f => f.Id).ToListAsync(cancellationToken);
        return await ReorderAsync(type, LeadConfigurationNames.Moved(order, id, Math.Sign(offset)), cancellationToken);
    }

    /// <summary>The record type of a field, for the pages that go back to its list; null when there is none or the user is no admin.</summary>
    public async Task<CustomFieldRecordType?> RecordTypeOfAsync(int id, CancellationToken cancellationToken) =>
        IsAdmin ? await db.CustomFields.AsNoTracking().Where(f => f.Id == id).Select(f => (CustomFieldRecordType?)f.RecordType).SingleOrDefaultAsync(cancellationToken) : null;

    private static Failure LabelTaken => new(CustomFieldMessages.LabelTaken, nameof(CustomFieldInput.Label));

    private async Task<CustomField?> FindAsync(int id, CancellationToken cancellationToken) =>
        IsAdmin ? await db.CustomFields.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) : null;

    private static void SetLabel(CustomField field, string label)
    {
        field.Label = label.Trim();
        field.LabelKey = CustomField.KeyOf(label);
    }

    /// <summary>The input's own failures and, when the label is fine, whether another field of the record type (archived ones too) has it.</summary>
    private async Task<List<Failure>> ValidateAsync(CustomFieldRecordType recordType, CustomFieldInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = input.Validate().ToList();
        if (failures.All(f => f.Field != nameof(CustomFieldInput.Label)))
        {
            var key = CustomField.KeyOf(input.Label!);
            if (await db.CustomFields.AnyAsync(f => f.RecordType == recordType && f.LabelKey == key && f.Id != exceptId, cancellationToken))
            {
                failures.Add(LabelTaken);
            }
        }

        return failures;
    }
}
