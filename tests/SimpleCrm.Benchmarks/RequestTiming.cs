namespace SimpleCrm.Benchmarks;

/// <summary>One request as the server saw it: its whole time and its database commands.</summary>
internal sealed class RequestTiming
{
    public double ServerMs { get; set; }

    public double DatabaseMs { get; private set; }

    public int Commands { get; private set; }

    // A request's commands run one after another, never concurrently, so plain updates suffice.
    public void AddCommand(double milliseconds)
    {
        DatabaseMs += milliseconds;
        Commands++;
    }

    public void AddReading(double milliseconds) => DatabaseMs += milliseconds;
}
