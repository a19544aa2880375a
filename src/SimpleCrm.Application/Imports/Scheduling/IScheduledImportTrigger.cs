namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>The background scheduler's side of a scheduled import (Hangfire recurring jobs in the web app; recorded in tests).</summary>
public interface IScheduledImportTrigger
{
    /// <summary>Adds or replaces the schedule's recurring job.</summary>
    void Register(int scheduleId, string cron);

    /// <summary>Removes the recurring job, if any (paused or deleted).</summary>
    void Remove(int scheduleId);

    /// <summary>Queues one run now.</summary>
    void RunNow(int scheduleId);
}
