using Hangfire;
using SimpleCrm.Application.Bulk;

namespace SimpleCrm.Web.Startup;

/// <summary>Runs bulk jobs on Hangfire's workers. The job's state and progress live in our BulkJobs table.</summary>
public sealed class HangfireBulkJobScheduler(IBackgroundJobClient client) : IBulkJobScheduler
{
    public void Enqueue(Guid jobId) => client.Enqueue<BulkJobRunner>(runner => runner.RunAsync(jobId, CancellationToken.None));
}
