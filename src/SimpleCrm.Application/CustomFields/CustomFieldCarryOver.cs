using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// When a lead becomes a contact, copies the values of the lead's active fields to the active contact
/// fields with the same label (case ignored) and the same type. A choice value goes to the contact
/// field's option of the same label; one without such an option is left behind. A contact field that
/// already has a value (a lead assigned to an existing contact) keeps it. Saved at once, inside the
/// conversion's transaction; the lead keeps its own values.
/// </summary>
public sealed class CustomFieldCarryOver(CrmDbContext db) : IRecordAttachmentMover
{
    public async Task MoveAsync(RecordRef from, RecordRef to, CancellationToken cancellationToken)
    {
        if (CustomFieldRecords.Of(from.Type) is not { } fromType || CustomFieldRecords.Of(to.Type) is not { } toType || fromType == toType)
        {
            return;
        }

        var values = await db.CustomFieldValues.AsNoTracking()
            .Where(v => v.RecordId == from.Id && v.Field!.RecordType == fromType && !v.Field.IsArchived)
            .Select(v => new { Value = v, Key = v.Field!.LabelKey, v.Field.Type, OptionLabel = v.Option != null ? v.Option.Label : null })
            .ToListAsync(cancellationToken);
        if (values.Count == 0)
        {
            return;
        }

        var keys = values.Select(v => v.Key).Distinct().ToList();
        var targets = await db.CustomFields.AsNoTracking().Include(f => f.Options)
            .Where(f => f.RecordType == toType && !f.IsArchived && keys.Contains(f.LabelKey))
            .ToListAsync(cancellationToken);
        var targetIds = targets.Select(f => f.Id).ToList();
        var filled = (await db.CustomFieldValues.AsNoTracking().Where(v => v.RecordId == to.Id && targetIds.Contains(v.FieldId))
            .Select(v => v.FieldId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        foreach (var value in values)
        {
            var target = targets.SingleOrDefault(f => f.LabelKey == value.Key && f.Type == value.Type);
            if (target is null || filled.Contains(target.Id))
            {
                continue;
            }

            var copy = CustomFieldEditor.Copy(value.Value, to.Id);
            copy.FieldId = target.Id;
            if (value.OptionLabel is not null)
            {
                copy.OptionId = target.Options.FirstOrDefault(o => string.Equals(o.Label, value.OptionLabel, StringComparison.OrdinalIgnoreCase))?.Id;
                if (copy.OptionId is null)
                {
                    continue;
                }
            }

            db.CustomFieldValues.Add(copy);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
