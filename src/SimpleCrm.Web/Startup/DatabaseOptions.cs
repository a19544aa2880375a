namespace SimpleCrm.Web.Startup;

/// <summary>Which database to use (section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite = 0,
    SqlServer = 1,
}
