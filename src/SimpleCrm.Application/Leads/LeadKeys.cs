using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// The folded keys the duplicate check compares, built as contacts build theirs so a lead and a
/// contact of the same person meet: a person as "last first", a company by its name.
/// </summary>
public static class LeadKeys
{
    public static string? Person(string? firstName, string? lastName)
    {
        var key = TextFolding.Fold(string.Join(' ', new[] { lastName, firstName }.Where(p => !string.IsNullOrWhiteSpace(p))));
        return key.Length == 0 ? null : key;
    }

    /// <summary>The same person typed the other way round ("Kowalski Jan" in the first-name field): "first last".</summary>
    public static string? PersonReversed(string? firstName, string? lastName) => Person(lastName, firstName);

    public static string? Company(string? companyName)
    {
        var key = TextFolding.Fold(companyName);
        return key.Length == 0 ? null : key;
    }
}
