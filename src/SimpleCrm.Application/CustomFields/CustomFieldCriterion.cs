namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// One custom field filter of a list, carried in the URL as <c>Custom[i].FieldId</c> and the parts its
/// type uses: a text fragment; a number or money range; a date range (whole days); yes or no; an option.
/// </summary>
public sealed record CustomFieldCriterion
{
    public int FieldId { get; init; }

    /// <summary>Text fields: a fragment the value contains (case and diacritics ignored).</summary>
    public string? Text { get; init; }

    /// <summary>Number and money fields: at least this.</summary>
    public decimal? Min { get; init; }

    /// <summary>Number and money fields: at most this.</summary>
    public decimal? Max { get; init; }

    /// <summary>Date and date-time fields: on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Date and date-time fields: on or before this day, the whole day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Yes/no fields.</summary>
    public bool? Yes { get; init; }

    /// <summary>Choice fields: records that have this option.</summary>
    public int? OptionId { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Min is null && Max is null && From is null && To is null && Yes is null && OptionId is null;
}
