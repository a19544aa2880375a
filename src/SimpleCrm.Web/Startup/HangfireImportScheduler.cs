using Hangfire;
using SimpleCrm.Application.Imports;

namespace SimpleCrm.Web.Startup;

/// <summary>Runs imports on Hangfire's workers. The import's state, checkpoint and counts live in our Imports table.</summary>
public sealed class HangfireImportScheduler(IBackgroundJobClient client) : IImportScheduler
{
    public void Enqueue(int importId) => client.Enqueue<ImportRunner>(runner => runner.RunAsync(importId, CancellationToken.None));
}
