using Hangfire;
using SimpleCrm.Application.Imports.Scheduling;

namespace SimpleCrm.Web.Startup;

/// <summary>One Hangfire recurring job per active scheduled import ("scheduled-import-{id}"), its cron read in the app's time zone; the schedule itself lives in our table.</summary>
public sealed class HangfireScheduledImportTrigger(IRecurringJobManager recurring, IBackgroundJobClient client, TimeProvider clock) : IScheduledImportTrigger
{
    public static string JobId(int scheduleId) => $"scheduled-import-{scheduleId}";

    public void Register(int scheduleId, string cron) =>
        recurring.AddOrUpdate<ScheduledImportJob>(JobId(scheduleId), job => job.RunAsync(scheduleId, CancellationToken.None), cron, new RecurringJobOptions { TimeZone = clock.LocalTimeZone });

    public void Remove(int scheduleId) => recurring.RemoveIfExists(JobId(scheduleId));

    public void RunNow(int scheduleId) => client.Enqueue<ScheduledImportJob>(job => job.RunAsync(scheduleId, CancellationToken.None));
}
