using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// The name rules shared by lead statuses and sources. Names are compared as typed, without regard to
/// case: a seeded row's Name holds its English text, so "new" clashes with the seeded "New" even while
/// a Polish admin sees it as "Nowy".
/// </summary>
internal static class LeadConfigurationNames
{
    public static IReadOnlyList<Failure> Validate(string? name, int maxLength, string field)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return [new Failure(Messages.Required, field)];
        }

        return trimmed.Length > maxLength ? [new Failure(Messages.TooLong, field)] : [];
    }

    /// <summary>
    /// Whether another row already has the name. The lists hold tens of rows, so the names are compared
    /// in memory: SQLite's lower() folds only ASCII, and "Targi" and "TARGI" must clash as "Żółty" and "ŻÓŁTY" do.
    /// </summary>
    public static bool IsTaken(IEnumerable<string> otherNames, string name) =>
        otherNames.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="orderedIds"/> names every existing row exactly once; not when a row was added or
    /// deleted since the page was drawn, or the list was forged.
    /// </summary>
    private static bool MatchesExactly(IReadOnlyList<int> orderedIds, IReadOnlyCollection<int> existingIds) =>
        orderedIds.Count == existingIds.Count
        && orderedIds.Distinct().Count() == orderedIds.Count
        && orderedIds.All(existingIds.Contains);

    /// <summary>
    /// Gives each of <paramref name="rows"/> its place in <paramref name="orderedIds"/>; false, changing
    /// nothing, when the list does not name every row exactly once (see <see cref="MatchesExactly"/>).
    /// </summary>
    public static bool TryApplyOrder<T>(IReadOnlyList<int> orderedIds, IReadOnlyCollection<T> rows)
        where T : IPositioned
    {
        if (!MatchesExactly(orderedIds, [.. rows.Select(r => r.Id)]))
        {
            return false;
        }

        var positions = orderedIds.Select((id, position) => (id, position)).ToDictionary(p => p.id, p => p.position);
        foreach (var row in rows)
        {
            row.Position = positions[row.Id];
        }

        return true;
    }

    /// <summary>The order after moving <paramref name="id"/> one place up (-1) or down (+1); unchanged at either end.</summary>
    public static List<int> Moved(IReadOnlyList<int> orderedIds, int id, int offset)
    {
        var order = orderedIds.ToList();
        var index = order.IndexOf(id);
        var target = index + offset;
        if (index >= 0 && target >= 0 && target < order.Count)
        {
            (order[index], order[target]) = (order[target], order[index]);
        }

        return order;
    }
}
