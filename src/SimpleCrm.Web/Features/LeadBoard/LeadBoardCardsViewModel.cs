using System.Globalization;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Web.Features.LeadBoard;

/// <summary>A page of a column's cards, and where the next page starts when this one is full.</summary>
public sealed record LeadBoardCardsViewModel(int StatusId, IReadOnlyList<LeadBoardCard> Cards, LeadBoardQuery Query, DateTime Now)
{
    /// <summary>A full page may be followed by more; a shorter one is the column's end.</summary>
    public bool HasMore => Cards.Count == Application.Leads.LeadBoard.PageSize;

    /// <summary>Route values of the next page: the filters and the keyset of the last card.</summary>
    public Dictionary<string, string> NextPage()
    {
        var last = Cards[^1];
        var values = LeadBoardViewModel.RouteValues(Query);
        values["statusId"] = StatusId.ToString(CultureInfo.InvariantCulture);
        values["afterRank"] = last.Rank.ToString(CultureInfo.InvariantCulture);
        values["afterId"] = last.Id.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    /// <summary>Whole days since the lead came in.</summary>
    public int AgeInDays(LeadBoardCard card) => Math.Max(0, (int)(Now - card.CreatedAt).TotalDays);

    /// <summary>"Anna Maria Kowalska" → "AK", "Madonna" → "M": the first and the last name.</summary>
    public static string Initials(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var initials = parts.Length switch
        {
            0 => string.Empty,
            1 => parts[0][..1],
            _ => string.Concat(parts[0][..1], parts[^1][..1]),
        };
        return initials.ToUpper(CultureInfo.CurrentCulture);
    }
}
