using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// Turns a list's custom field criteria into subqueries of record ids: <c>Id IN (SELECT RecordId FROM
/// CustomFieldValues WHERE FieldId = @f AND NumberKey &gt;= @min)</c>, which seeks the index of the
/// typed column led by the field id. The list applies them to its already visible records, so the
/// visibility rule holds; a field of another record type matches nothing.
/// </summary>
public static class CustomFieldFilter
{
    /// <summary>The criteria that narrow anything, each field once (the first wins).</summary>
    public static IReadOnlyList<CustomFieldCriterion> Effective(IEnumerable<CustomFieldCriterion>? criteria) =>
        criteria is null ? [] : [.. criteria.Where(c => c is not null && !c.IsEmpty).DistinctBy(c => c.FieldId)];

    /// <summary>One subquery of matching record ids per effective criterion; a record must be in all of them.</summary>
    public static IEnumerable<IQueryable<int>> MatchingIds(CrmDbContext db, CustomFieldRecordType recordType, IEnumerable<CustomFieldCriterion>? criteria)
    {
        foreach (var criterion in Effective(criteria))
        {
            var fieldId = criterion.FieldId;
            var values = db.CustomFieldValues.Where(v => v.FieldId == fieldId && v.Field!.RecordType == recordType);
            if (!string.IsNullOrWhiteSpace(criterion.Text))
            {
                var pattern = LikePattern.Contains(TextFolding.Fold(criterion.Text));
                values = values.Where(v => EF.Functions.Like(v.TextKey!, pattern, LikePattern.EscapeCharacter));
            }

            if (criterion.Min is { } min)
            {
                var key = (double)min;
                values = values.Where(v => v.NumberKey >= key);
            }

            if (criterion.Max is { } max)
            {
                var key = (double)max;
                values = values.Where(v => v.NumberKey <= key);
            }

            if (criterion.From is { } from)
            {
                var start = from.ToDateTime(TimeOnly.MinValue);
                values = values.Where(v => v.DateValue >= start);
            }

            if (criterion.To is { } to)
            {
                var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
                values = values.Where(v => v.DateValue < end);
            }

            if (criterion.Yes is { } yes)
            {
                values = values.Where(v => v.BoolValue == yes);
            }

            if (criterion.OptionId is { } optionId)
            {
                values = values.Where(v => v.OptionId == optionId);
            }

            yield return values.Select(v => v.RecordId);
        }
    }
}
