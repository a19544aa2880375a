namespace SimpleCrm.Application.Contacts;

/// <summary>The whole state of the contact list: the filter, its scope, the order and the page. The URL carries every property.</summary>
public sealed record ContactListQuery : ContactFilter
{
    public const int DefaultPageSize = 25;

    public static IReadOnlyList<int> PageSizes { get; } = [25, 50, 100];

    /// <summary>Only the contacts of this saved segment (its filter and this one both apply).</summary>
    public int? SegmentId { get; init; }

    /// <summary>Only the contacts in the user's selection basket.</summary>
    public bool Selected { get; init; }

    public ContactSort Sort { get; init; }

    public bool Descending { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}
