namespace SimpleCrm.Application.History;

/// <summary>
/// One page of /History. It knows only whether a next page exists (one row more is read), not the
/// total: counting every visible line of a whole team on each page view would read them all.
/// </summary>
public sealed record TimelineFeedPage(IReadOnlyList<TimelineLine> Items, int PageNumber, bool HasNext)
{
    public bool HasPrevious => PageNumber > 1;
}
