namespace SimpleCrm.TestSupport;

/// <summary>The app served by Kestrel on 127.0.0.1, for a real browser or a load generator.</summary>
public class KestrelCrmWebFactory : CrmWebFactory
{
    public KestrelCrmWebFactory()
        : base(useKestrel: true)
    {
    }

    /// <summary>Serves an existing database file (the benchmark seeds one before starting).</summary>
    public KestrelCrmWebFactory(string databasePath)
        : base(useKestrel: true, databasePath)
    {
    }
}
