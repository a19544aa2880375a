using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>The fragment search of leads, shared by the list and the board: phone digits when the term is mostly digits, otherwise folded text.</summary>
public static class LeadSearch
{
    public static IQueryable<Lead> Matching(this IQueryable<Lead> leads, string? search)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return leads;
        }

        var digits = TextFolding.Digits(term);
        var fragment = digits.Length >= 3 && digits.Length * 2 >= term.Count(c => !char.IsWhiteSpace(c)) ? digits : TextFolding.Fold(term);
        var pattern = LikePattern.Contains(fragment);
        return leads.Where(l => EF.Functions.Like(l.SearchText, pattern, LikePattern.EscapeCharacter));
    }
}
