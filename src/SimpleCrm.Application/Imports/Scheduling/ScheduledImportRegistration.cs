using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>
/// At start-up: the recurring jobs are made again from our table (in-memory job storage forgets them
/// on restart; SQL Server storage may hold stale ones). Active schedules are registered, paused ones removed.
/// </summary>
public static class ScheduledImportRegistration
{
    public static async Task RegisterAllAsync(CrmDbContext db, IScheduledImportTrigger trigger, CancellationToken cancellationToken)
    {
        var schedules = await db.ScheduledImports.AsNoTracking().Select(s => new { s.Id, s.Cron, s.IsPaused }).ToListAsync(cancellationToken);
        foreach (var schedule in schedules)
        {
            if (schedule.IsPaused || !CronSchedule.IsValid(schedule.Cron))
            {
                trigger.Remove(schedule.Id);
            }
            else
            {
                trigger.Register(schedule.Id, schedule.Cron);
            }
        }
    }
}
