using SimpleCrm.Application.Imports.Scheduling;

namespace SimpleCrm.Application.Tests.Imports.Scheduling;

/// <summary>Stands in for Hangfire's recurring jobs: which schedules have one (and their cron), and which were run now.</summary>
public sealed class RecordingScheduledImportTrigger : IScheduledImportTrigger
{
    public Dictionary<int, string> Registered { get; } = [];

    public List<int> RunNowQueued { get; } = [];

    public void Register(int scheduleId, string cron) => Registered[scheduleId] = cron;

    public void Remove(int scheduleId) => Registered.Remove(scheduleId);

    public void RunNow(int scheduleId) => RunNowQueued.Add(scheduleId);
}
