using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Contacts;

/// <summary>
/// Which contacts to show: the criteria shared by the list, segments (saved as JSON), bulk actions
/// and exports. Every criterion narrows; an empty filter matches every visible contact.
/// </summary>
public record ContactFilter
{
    /// <summary>A fragment of a name, company, email or city, or phone digits.</summary>
    public string? Search { get; init; }

    public ContactKind? Kind { get; init; }

    public string? ResponsibleUserId { get; init; }

    /// <summary>Tag names separated by commas, in any case ("VIP, Kraków").</summary>
    public string? Tag { get; init; }

    /// <summary>With several tags: a contact must carry all of them (otherwise any one is enough).</summary>
    public bool AllTags { get; init; }

    /// <summary>Members of any of these lists.</summary>
    /// <remarks>
    /// Defaults to a (writable) List: MVC's collection binder fills the collection the property already
    /// holds and silently binds nothing into a read-only one, such as the array "[]" makes.
    /// </remarks>
    public IReadOnlyList<int> ListIds { get; init; } = new List<int>();

    /// <summary>Created on or after this day (UTC).</summary>
    public DateOnly? CreatedFrom { get; init; }

    /// <summary>Created on or before this day (UTC), the whole day included.</summary>
    public DateOnly? CreatedTo { get; init; }

    /// <summary>
    /// Custom field criteria (<c>Custom[0].FieldId=3&amp;Custom[0].Text=abc</c>). The list, its exports,
    /// bulk actions and saved segments apply them; one on a field archived or deleted since is ignored.
    /// </summary>
    public IReadOnlyList<CustomFieldCriterion> Custom { get; init; } = new List<CustomFieldCriterion>();

    /// <summary>The criteria alone, without list state such as sort or page: what a segment saves (custom field criteria that narrow included).</summary>
    public ContactFilter ToFilter() => new()
    {
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        Kind = Kind,
        ResponsibleUserId = string.IsNullOrEmpty(ResponsibleUserId) ? null : ResponsibleUserId,
        Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim(),
        AllTags = AllTags,
        ListIds = [.. ListIds.Distinct()],
        CreatedFrom = CreatedFrom,
        CreatedTo = CreatedTo,
        Custom = [.. CustomFieldFilter.Effective(Custom)],
    };

    /// <summary>Whether any criterion narrows the contacts.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Search) && Kind is null && string.IsNullOrEmpty(ResponsibleUserId)
        && string.IsNullOrWhiteSpace(Tag) && ListIds.Count == 0 && CreatedFrom is null && CreatedTo is null
        && CustomFieldFilter.Effective(Custom).Count == 0;
}
