namespace SimpleCrm.Application.Preferences;

/// <summary>
/// How one user wants one list shown ("leads"): the columns they picked, in order. One row per user
/// and list, so any list can keep its own preference without a table of its own.
/// </summary>
public sealed class ListPreference
{
    public const int ListNameMaxLength = 50;

    public const int ColumnsMaxLength = 2000;

    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>Which list: a constant of the list's page, such as <see cref="ListNames.Leads"/>.</summary>
    public string ListName { get; set; } = string.Empty;

    /// <summary>The chosen column keys, comma-separated, in order. Keys the list no longer knows are skipped when read.</summary>
    public string Columns { get; set; } = string.Empty;

    public DateTime UpdatedAt { get; set; }
}
