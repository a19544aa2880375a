using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// A custom field's cell read as its type: numbers and amounts as the import's culture writes them
/// ("1 234,50"), dates in its short format (or ISO), yes/no in our five languages, choices by their
/// option's label (any case; several in one cell split as tags are). A money cell may name its
/// currency ("1 234,50 EUR"); without one it is the culture's country's currency.
/// </summary>
internal static class ImportCustomFieldValues
{
    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true, ["no"] = false, ["y"] = true, ["n"] = false, ["true"] = true, ["false"] = false, ["1"] = true, ["0"] = false,
        ["tak"] = true, ["nie"] = false, ["taip"] = true, ["ne"] = false, ["áno"] = true, ["ano"] = true,
        ["да"] = true, ["нет"] = false,
    };

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm"];

    public static (IReadOnlyList<CustomFieldValue> Values, string? Failure) Parse(CustomFieldDefinition field, ImportCell cell, CultureInfo culture)
    {
        var text = ImportValues.Text(cell)!;
        var row = new CustomFieldValue { FieldId = field.Id };
        switch (field.Type)
        {
            case CustomFieldType.Text:
                if (text.Length > CustomFieldLimits.Text)
                {
                    return ([], Messages.TooLong);
                }

                (row.TextValue, row.TextKey) = (text, TextFolding.Fold(text));
                break;
            case CustomFieldType.Number or CustomFieldType.Money:
                var money = field.Type == CustomFieldType.Money;
                var (amountText, currency) = money ? SplitCurrency(text, culture) : (text, null);
                var amount = ImportValues.AmountIn(cell with { Text = amountText }, culture).Value;
                if (amount is not { } number || decimal.Round(number, money ? CustomFieldLimits.MoneyScale : CustomFieldLimits.NumberScale) != number
                    || Math.Abs(number) > CustomFieldLimits.MaxNumber)
                {
                    return ([], ImportMessages.InvalidNumber);
                }

                if (money && !CustomFieldParsing.TryCurrency(currency, out currency))
                {
                    return ([], ImportMessages.InvalidNumber);
                }

                (row.NumberValue, row.NumberKey, row.Currency) = (number, (double)number, currency);
                break;
            case CustomFieldType.Date:
                if (ImportValues.Date(cell, culture).Value is not { } date)
                {
                    return ([], ImportMessages.InvalidDate);
                }

                row.DateValue = date.ToDateTime(TimeOnly.MinValue);
                break;
            case CustomFieldType.DateTime:
                if (!DateTime.TryParseExact(text, [.. DateTimeFormats, culture.DateTimeFormat.ShortDatePattern + " " + culture.DateTimeFormat.ShortTimePattern], culture, DateTimeStyles.AllowWhiteSpaces, out var at))
                {
                    return ([], ImportMessages.InvalidDate);
                }

                row.DateValue = DateTime.SpecifyKind(at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMinute)), DateTimeKind.Unspecified);
                break;
            case CustomFieldType.YesNo:
                if (!YesNo.TryGetValue(text, out var yes))
                {
                    return ([], ImportMessages.InvalidYesNo);
                }

                row.BoolValue = yes;
                break;
            case CustomFieldType.SingleChoice or CustomFieldType.MultiChoice:
                var labels = field.Type == CustomFieldType.SingleChoice ? [text] : ImportValues.Tags(cell);
                var ids = labels.Select(l => field.ActiveOptions.FirstOrDefault(o => string.Equals(o.Label.Trim(), l, StringComparison.OrdinalIgnoreCase))?.Id).ToList();
                return ids.Any(i => i is null)
                    ? ([], ImportMessages.InvalidOption)
                    : ([.. ids.Distinct().Select(i => new CustomFieldValue { FieldId = field.Id, OptionId = i })], null);
            default:
                return ([], null);
        }

        return ([row], null);
    }

    /// <summary>"1 234,50 EUR" or "EUR 1 234,50": the amount and the code; no code, the culture's country's currency.</summary>
    private static (string Amount, string? Currency) SplitCurrency(string text, CultureInfo culture)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && parts[^1].Length == CustomFieldLimits.Currency && parts[^1].All(char.IsAsciiLetter))
        {
            return (string.Join(' ', parts[..^1]), parts[^1]);
        }

        if (parts.Length > 1 && parts[0].Length == CustomFieldLimits.Currency && parts[0].All(char.IsAsciiLetter))
        {
            return (string.Join(' ', parts[1..]), parts[0]);
        }

        try
        {
            return (text, new RegionInfo(CultureInfo.CreateSpecificCulture(culture.Name).Name).ISOCurrencySymbol);
        }
        catch (ArgumentException)
        {
            return (text, null);
        }
    }
}
