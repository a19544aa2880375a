using System.Globalization;
using SimpleCrm.Application.Deals;

namespace SimpleCrm.Web.Features.DealBoard;

/// <summary>The query-string values of a <see cref="DealFilter"/>: the board, its list view and the export understand the same names.</summary>
public static class DealFilterRoute
{
    public static Dictionary<string, string> Values(DealFilter filter)
    {
        var values = new Dictionary<string, string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value;
            }
        }

        Add(nameof(filter.Search), filter.Search);
        Add(nameof(filter.ResponsibleUserId), filter.ResponsibleUserId);
        Add(nameof(filter.Label), filter.Label);
        Add(nameof(filter.CloseByFrom), filter.CloseByFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(nameof(filter.CloseByTo), filter.CloseByTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(nameof(filter.ValueFrom), filter.ValueFrom?.ToString(CultureInfo.InvariantCulture));
        Add(nameof(filter.ValueTo), filter.ValueTo?.ToString(CultureInfo.InvariantCulture));
        Add(nameof(filter.OverdueOnly), filter.OverdueOnly ? "true" : null);
        Add(nameof(filter.IdleDays), filter.IdleDays?.ToString(CultureInfo.InvariantCulture));
        return values;
    }

    /// <summary>Whether anything narrows the deals (the idle threshold only highlights).</summary>
    public static bool IsFiltered(DealFilter filter) => Values(filter with { IdleDays = null }).Count > 0;
}
