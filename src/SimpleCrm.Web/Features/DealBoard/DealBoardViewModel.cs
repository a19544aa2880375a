using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.DealBoard;

/// <summary>The board page: the pipeline's columns, the filters it was asked with and what the filters and the lost-reason dialog offer.</summary>
public sealed record DealBoardViewModel(
    DealBoardView Board,
    DealFilter Filter,
    IReadOnlyList<UserOption> Users,
    IReadOnlyList<DealLostReason> LostReasons,
    DateTime Now)
{
    public int PipelineId => Board.Pipeline.Id;

    public DealBoardCardsViewModel CardsOf(DealBoardColumn column) => new(PipelineId, column.StageId, column.Cards, Filter, Now);
}
