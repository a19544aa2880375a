using System.Globalization;
using SimpleCrm.Application.Deals;

namespace SimpleCrm.Web.Features.DealBoard;

/// <summary>A page of a column's cards, their highlights, and where the next page starts when this one is full.</summary>
public sealed record DealBoardCardsViewModel(int PipelineId, int StageId, IReadOnlyList<DealBoardCard> Cards, DealFilter Filter, DateTime Now)
{
    /// <summary>A full page may be followed by more; a shorter one is the column's end.</summary>
    public bool HasMore => Cards.Count == Application.Deals.DealBoard.PageSize;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public bool IsOverdue(DealBoardCard card) => DealHighlights.IsOverdue(card.IsOpen, card.CloseBy, Today);

    public int? IdleFor(DealBoardCard card) => DealHighlights.IdleFor(card.IsOpen, card.LastActivityAt, Now, DealHighlights.IdleDaysOf(Filter));

    /// <summary>Route values of the next page: the filters and the keyset of the last card.</summary>
    public Dictionary<string, string> NextPage()
    {
        var last = Cards[^1];
        var values = DealFilterRoute.Values(Filter);
        values["id"] = PipelineId.ToString(CultureInfo.InvariantCulture);
        values["stageId"] = StageId.ToString(CultureInfo.InvariantCulture);
        values["afterRank"] = last.Rank.ToString(CultureInfo.InvariantCulture);
        values["afterId"] = last.Id.ToString(CultureInfo.InvariantCulture);
        return values;
    }
}
