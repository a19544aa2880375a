namespace SimpleCrm.Application.Imports;

/// <summary>Hands an import's run to the background worker (Hangfire in the web app; run in place or recorded in tests).</summary>
public interface IImportScheduler
{
    void Enqueue(int importId);
}
