using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Imports.Uploads;
using SimpleCrm.Application.Outbox;
using SimpleCrm.Application.Reminders;

namespace SimpleCrm.Web.Startup;

/// <summary>
/// Hangfire only triggers work whose state lives in our tables, so the embedded default can use
/// in-memory storage; SQL Server deployments share Hangfire's SQL Server storage.
/// </summary>
public static class HangfireSetup
{
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddCrmHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetDatabaseProvider();

        // A storage and an activator per host, registered before AddHangfire so they win over its
        // static JobStorage.Current: two hosts in one process (tests) never run each other's jobs.
        services.AddSingleton<JobStorage>(_ => provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(configuration.GetConnectionString("SqlServer"), new SqlServerStorageOptions { PrepareSchemaIfNecessary = true })
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddScoped<IBulkJobScheduler, HangfireBulkJobScheduler>();
        services.AddScoped<IEmailScheduler, HangfireEmailScheduler>();
        services.AddScoped<IAutoConversionScheduler, HangfireAutoConversionScheduler>();
        services.AddScoped<IImportScheduler, HangfireImportScheduler>();
        services.AddScoped<IScheduledImportTrigger, HangfireScheduledImportTrigger>();
        if (configuration.GetValue("Hangfire:Server", true))
        {
            services.AddHangfireServer(options => options.WorkerCount = configuration.GetValue("Hangfire:Workers", 2));
        }

        return services;
    }

    /// <summary>
    /// With in-memory job storage a restart forgets the queue: bulk jobs, unsent emails and unfinished
    /// imports it held (their state is in our BulkJobs, OutgoingEmails and Imports tables) are queued
    /// again; an import resumes from its checkpoint. SQL Server storage
    /// keeps and retries its jobs itself.
    /// </summary>
    public static async Task ResumeInterruptedBulkJobsAsync(this WebApplication app)
    {
        if (app.Configuration.GetDatabaseProvider() == DatabaseProvider.SqlServer)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await BulkJobRecovery.ResumeAsync(
            scope.ServiceProvider.GetRequiredService<CrmDbContext>(), scope.ServiceProvider.GetRequiredService<IBulkJobScheduler>(), CancellationToken.None);
        await EmailRecovery.ResumeAsync(
            scope.ServiceProvider.GetRequiredService<CrmDbContext>(), scope.ServiceProvider.GetRequiredService<IEmailScheduler>(), CancellationToken.None);
        await ImportRecovery.ResumeAsync(
            scope.ServiceProvider.GetRequiredService<CrmDbContext>(), scope.ServiceProvider.GetRequiredService<IImportScheduler>(), CancellationToken.None);
    }

    /// <summary>
    /// Every scheduled import's recurring job, made again from our ScheduledImports table (in-memory storage
    /// forgot them; SQL Server storage may hold one a paused or deleted schedule no longer wants).
    /// </summary>
    public static async Task RegisterScheduledImportsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await ScheduledImportRegistration.RegisterAllAsync(
            scope.ServiceProvider.GetRequiredService<CrmDbContext>(), scope.ServiceProvider.GetRequiredService<IScheduledImportTrigger>(), CancellationToken.None);
    }

    /// <summary>
    /// Work that runs on a schedule: handing committed domain events (the outbox) to their subscribers;
    /// delivering due reminders (their state is in our Reminders table, so a run after a restart
    /// delivers what fell due meanwhile, once); running every active auto-conversion rule (the safety
    /// net for lost list events, and the only trigger of segment rules); once a day, removing wizard
    /// uploads never imported (a missed day only leaves them a day longer).
    /// </summary>
    public static void ScheduleCrmRecurringJobs(this IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<OutboxDispatcher>("outbox", dispatcher => dispatcher.DispatchAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<ReminderDelivery>("reminders", delivery => delivery.DeliverDueAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<AutoConversionRun>("auto-conversion", run => run.RunAllAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<ImportUploadCleanup>("import-upload-cleanup", cleanup => cleanup.RunAsync(CancellationToken.None), Cron.Daily());
    }

    public static void MapCrmHangfireDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            AppPath = "/",
            DisplayStorageConnectionString = false,
        });
}
