namespace SimpleCrm.Application.Contacts;

/// <summary>The whole state of the contact list: the URL carries every property.</summary>
public sealed record ContactListQuery
{
    public const int DefaultPageSize = 25;

    public static IReadOnlyList<int> PageSizes { get; } = [25, 50, 100];

    public string? Search { get; init; }

    public string? ResponsibleUserId { get; init; }

    public ContactKind? Kind { get; init; }

    /// <summary>Only contacts with this tag (its name in any case).</summary>
    public string? Tag { get; init; }

    public ContactSort Sort { get; init; }

    public bool Descending { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}
