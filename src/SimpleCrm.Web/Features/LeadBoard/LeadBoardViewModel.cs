using System.Globalization;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.LeadBoard;

/// <summary>The board page: its columns, the filters it was asked with and what the filters offer.</summary>
public sealed record LeadBoardViewModel(
    IReadOnlyList<LeadBoardColumn> Columns,
    LeadBoardQuery Query,
    LeadOptions Options,
    IReadOnlyList<UserOption> Users,
    DateTime Now)
{
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query.Search) || Query.SourceId is not null || !string.IsNullOrEmpty(Query.ResponsibleUserId);

    /// <summary>Query-string values of the filters: the board's own links and the list's understand the same names.</summary>
    public static Dictionary<string, string> RouteValues(LeadBoardQuery query)
    {
        var values = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            values[nameof(query.Search)] = query.Search;
        }

        if (query.SourceId is { } sourceId)
        {
            values[nameof(query.SourceId)] = sourceId.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(query.ResponsibleUserId))
        {
            values[nameof(query.ResponsibleUserId)] = query.ResponsibleUserId;
        }

        return values;
    }

    public LeadBoardCardsViewModel CardsOf(LeadBoardColumn column) => new(column.StatusId, column.Cards, Query, Now);
}
