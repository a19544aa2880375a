namespace SimpleCrm.Application.Deals;

/// <summary>The list view's sort and page; its filters are the board's <see cref="DealFilter"/>, bound from the same query string.</summary>
public sealed record DealListQuery
{
    public const int DefaultPageSize = 25;

    public static IReadOnlyList<int> PageSizes { get; } = [25, 50, 100];

    /// <summary>Most recently active first unless another sort is chosen.</summary>
    public DealSort Sort { get; init; }

    public bool Descending { get; init; } = true;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}
