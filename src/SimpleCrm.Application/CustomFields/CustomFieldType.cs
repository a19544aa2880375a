namespace SimpleCrm.Application.CustomFields;

/// <summary>What a custom field holds, and so which typed column of <see cref="CustomFieldValue"/> carries it.</summary>
public enum CustomFieldType
{
    /// <summary>One line of text: <see cref="CustomFieldValue.TextValue"/>.</summary>
    Text,

    /// <summary>A decimal number: <see cref="CustomFieldValue.NumberValue"/>.</summary>
    Number,

    /// <summary>An amount and its ISO 4217 currency: <see cref="CustomFieldValue.NumberValue"/> and <see cref="CustomFieldValue.Currency"/>.</summary>
    Money,

    /// <summary>A day: <see cref="CustomFieldValue.DateValue"/> at midnight.</summary>
    Date,

    /// <summary>A day and a time as the user typed it (no time zone): <see cref="CustomFieldValue.DateValue"/>.</summary>
    DateTime,

    /// <summary><see cref="CustomFieldValue.BoolValue"/>.</summary>
    YesNo,

    /// <summary>One option of the field: <see cref="CustomFieldValue.OptionId"/>.</summary>
    SingleChoice,

    /// <summary>Any options of the field: one value row per chosen option.</summary>
    MultiChoice,

    /// <summary>An uploaded file. Defined here; the forms skip it until the file storage exists.</summary>
    File,
}
