using System.Globalization;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Segments;

/// <summary>The segments page: the segments with their live counts, and the names their criteria refer to by id.</summary>
public sealed record SegmentIndexViewModel(IReadOnlyList<SegmentSummary> Segments, IReadOnlyList<ListOption> Lists, IReadOnlyList<UserOption> Users)
{
    public string? ListName(int id) => Lists.FirstOrDefault(l => l.Id == id)?.Name;

    public string? UserName(string id) => Users.FirstOrDefault(u => u.Id == id)?.DisplayName;

    /// <summary>The active contact fields, for the custom criteria's labels.</summary>
    public IReadOnlyList<CustomFieldDefinition> CustomFields { get; init; } = [];

    /// <summary>A segment's custom criteria as "label" and "what it asks" (yes/no as a message key); a criterion on an archived or deleted field is left out, as the matching ignores it.</summary>
    public IEnumerable<(string Label, string? Value, string? YesNoKey)> CustomCriteria(IEnumerable<CustomFieldCriterion> criteria)
    {
        foreach (var criterion in CustomFieldFilter.Effective(criteria))
        {
            if (CustomFields.FirstOrDefault(f => f.Id == criterion.FieldId && f.IsFilterable) is not { } field)
            {
                continue;
            }

            var option = criterion.OptionId is { } optionId ? field.Options.FirstOrDefault(o => o.Id == optionId)?.Label : null;
            var value = criterion.Text?.Trim() ?? option
                ?? Range(criterion.Min?.ToString("#,0.####", CultureInfo.CurrentCulture), criterion.Max?.ToString("#,0.####", CultureInfo.CurrentCulture))
                ?? Range(criterion.From?.ToString("d", CultureInfo.CurrentCulture), criterion.To?.ToString("d", CultureInfo.CurrentCulture));
            yield return (field.Label, value, criterion.Yes is { } yes ? (yes ? "CustomFields.Yes" : "CustomFields.No") : null);
        }
    }

    private static string? Range(string? from, string? to) => from is null && to is null ? null : $"{from ?? "…"} – {to ?? "…"}";
}
