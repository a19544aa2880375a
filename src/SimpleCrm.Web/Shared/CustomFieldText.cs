using System.Globalization;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Web.Shared;

/// <summary>A custom field's value as the card and list columns show it, in the user's language and culture.</summary>
public static class CustomFieldText
{
    public static string Format(CustomFieldValueView value, IStringLocalizer localizer) => value.Type switch
    {
        CustomFieldType.Number => value.Number?.ToString("#,0.####", CultureInfo.CurrentCulture) ?? string.Empty,
        CustomFieldType.Money => value.Number is { } amount ? $"{amount.ToString("N2", CultureInfo.CurrentCulture)} {value.Currency}".TrimEnd() : string.Empty,
        CustomFieldType.Date => value.Date?.ToString("d", CultureInfo.CurrentCulture) ?? string.Empty,
        CustomFieldType.DateTime => value.Date?.ToString("g", CultureInfo.CurrentCulture) ?? string.Empty,
        CustomFieldType.YesNo => value.Bool is { } yes ? localizer[yes ? "CustomFields.Yes" : "CustomFields.No"] : string.Empty,
        CustomFieldType.SingleChoice or CustomFieldType.MultiChoice => string.Join(CustomFieldValueView.OptionSeparator, value.Options),
        _ => value.Text ?? string.Empty,
    };

    /// <summary>
    /// Adds the list's custom field criteria to its query-string values (<c>Custom[0].FieldId</c>,
    /// <c>Custom[0].Min</c>, ...), only the ones that narrow, numbered from 0 as MVC binds a list.
    /// </summary>
    public static void AddRouteValues(Dictionary<string, string> values, IEnumerable<CustomFieldCriterion> criteria)
    {
        var effective = CustomFieldFilter.Effective(criteria);
        for (var i = 0; i < effective.Count; i++)
        {
            var c = effective[i];
            var prefix = $"Custom[{i.ToString(CultureInfo.InvariantCulture)}].";
            values[prefix + nameof(c.FieldId)] = c.FieldId.ToString(CultureInfo.InvariantCulture);
            Add(values, prefix + nameof(c.Text), string.IsNullOrWhiteSpace(c.Text) ? null : c.Text.Trim());
            Add(values, prefix + nameof(c.Min), c.Min?.ToString(CultureInfo.InvariantCulture));
            Add(values, prefix + nameof(c.Max), c.Max?.ToString(CultureInfo.InvariantCulture));
            Add(values, prefix + nameof(c.From), c.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(values, prefix + nameof(c.To), c.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(values, prefix + nameof(c.Yes), c.Yes is { } yes ? (yes ? "true" : "false") : null);
            Add(values, prefix + nameof(c.OptionId), c.OptionId?.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }
}
