using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Deals;

/// <summary>Applies a <see cref="DealFilter"/>: the one place the board and the list view narrow a pipeline's deals.</summary>
public static class DealFiltering
{
    public static IQueryable<Deal> Filtered(this IQueryable<Deal> deals, DealFilter filter)
    {
        if (!string.IsNullOrEmpty(filter.ResponsibleUserId))
        {
            deals = deals.Where(d => d.ResponsibleUserId == filter.ResponsibleUserId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Label))
        {
            var labelKey = TextFolding.Fold(filter.Label.Trim());
            deals = deals.Where(d => d.LabelKey == labelKey);
        }

        if (filter.CloseByFrom is { } closeFrom)
        {
            deals = deals.Where(d => d.CloseBy >= closeFrom);
        }

        if (filter.CloseByTo is { } closeTo)
        {
            deals = deals.Where(d => d.CloseBy <= closeTo);
        }

        if (filter.ValueFrom is { } valueFrom)
        {
            deals = deals.Where(d => d.Value >= valueFrom);
        }

        if (filter.ValueTo is { } valueTo)
        {
            deals = deals.Where(d => d.Value <= valueTo);
        }

        return deals.Matching(filter.Search);
    }

    /// <summary>
    /// The fragment search: phone digits when the term is mostly digits, otherwise folded text, in the
    /// contact's search text (names, company, emails, phones) or the deal's label.
    /// </summary>
    public static IQueryable<Deal> Matching(this IQueryable<Deal> deals, string? search)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return deals;
        }

        var digits = TextFolding.Digits(term);
        var byDigits = digits.Length >= 3 && digits.Length * 2 >= term.Count(c => !char.IsWhiteSpace(c));
        var pattern = LikePattern.Contains(byDigits ? digits : TextFolding.Fold(term));
        return byDigits
            ? deals.Where(d => EF.Functions.Like(d.Contact!.SearchText, pattern, LikePattern.EscapeCharacter))
            : deals.Where(d => EF.Functions.Like(d.Contact!.SearchText, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(d.LabelKey, pattern, LikePattern.EscapeCharacter));
    }
}
