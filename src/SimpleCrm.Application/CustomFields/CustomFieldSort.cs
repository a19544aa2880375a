using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// A page of records in the order of one custom field's value, records without a value last in both
/// directions, ties by id. The records with a value are read by walking the index of the field's typed
/// column (<c>(FieldId, NumberKey)</c>, ...) and joining each to the record set, so a page stops after
/// its rows; those without a value follow in id order. A single choice sorts by its option's position.
/// </summary>
public static class CustomFieldSort
{
    /// <summary>Whether a list can sort by a field of the type: one value per record (not multi-choice, not a file).</summary>
    public static bool CanSort(CustomFieldType type) => type is not (CustomFieldType.MultiChoice or CustomFieldType.File);

    /// <summary>
    /// Ids <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of <paramref name="recordIds"/>
    /// (already filtered and visible) in the order of field <paramref name="fieldId"/>'s values.
    /// </summary>
    public static async Task<List<int>> PageAsync(
        CrmDbContext db, int fieldId, CustomFieldType type, IQueryable<int> recordIds, bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        var ordered = Valued(db, fieldId, type, recordIds, descending);
        var ids = await ordered.Skip(skip).Take(take).ToListAsync(cancellationToken);
        if (ids.Count == take)
        {
            return ids;
        }

        // The window reaches past the last value: the records without one follow. How many had a value
        // is known from this window unless it held none of them.
        var valued = ids.Count > 0 || skip == 0 ? skip + ids.Count : await ordered.CountAsync(cancellationToken);
        var withValue = WithValue(db, fieldId, type);
        var without = recordIds.Where(id => !withValue.Any(v => v.RecordId == id));
        var rest = descending ? without.OrderByDescending(id => id) : without.OrderBy(id => id);
        ids.AddRange(await rest.Skip(Math.Max(0, skip - valued)).Take(take - ids.Count).ToListAsync(cancellationToken));
        return ids;
    }

    /// <summary>The ids of <paramref name="recordIds"/> that have a value in the field, in the order of that value, ties by id.</summary>
    public static IQueryable<int> Valued(CrmDbContext db, int fieldId, CustomFieldType type, IQueryable<int> recordIds, bool descending)
    {
        var values = WithValue(db, fieldId, type);
        return type switch
        {
            CustomFieldType.Number or CustomFieldType.Money => InOrder(values, v => v.NumberKey, recordIds, descending),
            CustomFieldType.Date or CustomFieldType.DateTime => InOrder(values, v => v.DateValue, recordIds, descending),
            CustomFieldType.YesNo => InOrder(values, v => v.BoolValue, recordIds, descending),
            CustomFieldType.SingleChoice => InOrder(values, v => v.Option!.Position, recordIds, descending),
            _ => InOrder(values, v => v.TextKey, recordIds, descending),
        };
    }

    /// <summary>The field's value rows that hold a value in the typed column of its type.</summary>
    private static IQueryable<CustomFieldValue> WithValue(CrmDbContext db, int fieldId, CustomFieldType type)
    {
        var values = db.CustomFieldValues.AsNoTracking().Where(v => v.FieldId == fieldId);
        return type switch
        {
            CustomFieldType.Number or CustomFieldType.Money => values.Where(v => v.NumberKey != null),
            CustomFieldType.Date or CustomFieldType.DateTime => values.Where(v => v.DateValue != null),
            CustomFieldType.YesNo => values.Where(v => v.BoolValue != null),
            CustomFieldType.SingleChoice => values.Where(v => v.OptionId != null),
            _ => values.Where(v => v.TextKey != null),
        };
    }

    private static IQueryable<int> InOrder<TKey>(IQueryable<CustomFieldValue> values, Expression<Func<CustomFieldValue, TKey>> key, IQueryable<int> recordIds, bool descending)
    {
        // A join rather than "RecordId IN (visible ids)": SQLite then walks the field's index in order
        // and looks each record up by its key, instead of first collecting every visible id.
        var joined = values.Join(recordIds, v => v.RecordId, id => id, (v, _) => v);
        var ordered = descending ? joined.OrderByDescending(key).ThenByDescending(v => v.RecordId) : joined.OrderBy(key).ThenBy(v => v.RecordId);
        return ordered.Select(v => v.RecordId);
    }
}
