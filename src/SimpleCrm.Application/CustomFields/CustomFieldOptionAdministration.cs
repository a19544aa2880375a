using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// The options of a single- or multi-choice field: add, rename, reorder, retire and bring back. An
/// option is never deleted: a retired one is no longer offered, and the records that have it keep it.
/// </summary>
public sealed class CustomFieldOptionAdministration(CrmDbContext db, ICurrentUser currentUser)
{
    private bool IsAdmin => currentUser.IsInRole(Roles.Admin);

    /// <summary>Adds an option at the end of the field's options.</summary>
    public async Task<Result<int>> AddAsync(int fieldId, string? label, CancellationToken cancellationToken)
    {
        var field = await ChoiceFieldAsync(fieldId, cancellationToken);
        if (field is null)
        {
            return Result<int>.NotFound();
        }

        var failures = await ValidateAsync(fieldId, label, exceptId: null, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var last = await db.CustomFieldOptions.Where(o => o.FieldId == fieldId).MaxAsync(o => (int?)o.Position, cancellationToken);
        var option = new CustomFieldOption { FieldId = fieldId, Label = label!.Trim(), Position = (last ?? -1) + 1 };
        db.CustomFieldOptions.Add(option);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(option.Id);
    }

    /// <summary>Renames an option; the records that have it show the new label.</summary>
    public async Task<Result> RenameAsync(int fieldId, int optionId, string? label, CancellationToken cancellationToken)
    {
        var option = await OptionAsync(fieldId, optionId, cancellationToken);
        if (option is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(fieldId, label, optionId, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        option.Label = label!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Retires an option (no longer offered; kept on the records that have it) or brings it back.</summary>
    public async Task<Result> SetRetiredAsync(int fieldId, int optionId, bool retired, CancellationToken cancellationToken)
    {
        var option = await OptionAsync(fieldId, optionId, cancellationToken);
        if (option is null)
        {
            return Result.NotFound();
        }

        option.IsRetired = retired;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Rewrites the order of the field's options from the full list of ids; refuses a list that is not exactly its options.</summary>
    public async Task<Result> ReorderAsync(int fieldId, IReadOnlyList<int> orderedIds, CancellationToken cancellationToken)
    {
        if (await ChoiceFieldAsync(fieldId, cancellationToken) is null)
        {
            return Result.NotFound();
        }

        var options = await db.CustomFieldOptions.Where(o => o.FieldId == fieldId).ToListAsync(cancellationToken);
        if (!LeadConfigurationNames.TryApplyOrder(orderedIds, options))
        {
            return Result.Fail(new Failure(CustomFieldMessages.OrderOutdated));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>Moves an option one place up (offset -1) or down (+1).</summary>
    public async Task<Result> MoveAsync(int fieldId, int optionId, int offset, CancellationToken cancellationToken)
    {
        var order = IsAdmin
            ? await db.CustomFieldOptions.AsNoTracking().Where(o => o.FieldId == fieldId).OrderBy(o => o.Position).ThenBy(o => o.Id)
                .Select(o => o.Id).ToListAsync(cancellationToken)
            : [];
        return order.Contains(optionId)
            ? await ReorderAsync(fieldId, LeadConfigurationNames.Moved(order, optionId, Math.Sign(offset)), cancellationToken)
            : Result.NotFound();
    }

    private async Task<CustomField?> ChoiceFieldAsync(int fieldId, CancellationToken cancellationToken)
    {
        var field = IsAdmin ? await db.CustomFields.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fieldId, cancellationToken) : null;
        return field is not null && CustomField.HasOptions(field.Type) ? field : null;
    }

    private async Task<CustomFieldOption?> OptionAsync(int fieldId, int optionId, CancellationToken cancellationToken) =>
        IsAdmin ? await db.CustomFieldOptions.SingleOrDefaultAsync(o => o.Id == optionId && o.FieldId == fieldId, cancellationToken) : null;

    /// <summary>The label is required, bounded, and unique among the field's options (retired ones too) without regard to case.</summary>
    private async Task<List<Failure>> ValidateAsync(int fieldId, string? label, int? exceptId, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, label, nameof(CustomFieldOption.Label));
        FieldRules.MaxLength(failures, label, CustomFieldLimits.OptionLabel, nameof(CustomFieldOption.Label));
        if (failures.Count == 0)
        {
            var others = await db.CustomFieldOptions.AsNoTracking().Where(o => o.FieldId == fieldId && o.Id != exceptId)
                .Select(o => o.Label).ToListAsync(cancellationToken);
            if (LeadConfigurationNames.IsTaken(others, label!))
            {
                failures.Add(new Failure(CustomFieldMessages.OptionTaken, nameof(CustomFieldOption.Label)));
            }
        }

        return failures;
    }
}
