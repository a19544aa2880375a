using System.Globalization;
using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.ScheduledImports;

/// <summary>Admin › Scheduled imports over HTTP: admins only, the form's messages, the recurring job kept in step.</summary>
public sealed class ScheduledImportPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/ScheduledImports";

    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[]
            {
                ("GET", ""), ("GET", "/{0}"), ("GET", "/New"), ("POST", "/New"), ("GET", "/{0}/Edit"), ("POST", "/{0}/Edit"),
                ("POST", "/{0}/Pause"), ("POST", "/{0}/Resume"), ("POST", "/{0}/RunNow"), ("POST", "/{0}/Delete"),
            })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_scheduled_import_action(string role, string method, string path)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await ScheduleAsync("Denied " + tag);
        var email = $"sched-denied-{tag}@test.local";
        await factory.CreateUserAsync(email, role);
        var client = await factory.SignedInClientAsync(email);
        var url = Page + string.Format(CultureInfo.InvariantCulture, path, id);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"), ("Name", "Taken " + tag), ("Cron", "* * * * *"));

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        var stored = await factory.WithDbAsync(db => db.ScheduledImports.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("Denied " + tag, false), (stored.Name, stored.IsPaused));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var response = await factory.CreateBrowserlikeClient().GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal("/Account/Login", response.RedirectPath());
    }

    [Fact]
    public async Task An_admin_creates_a_schedule_from_the_form_and_its_recurring_job_follows_pause_and_resume()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mappingId = await MappingAsync("Mapping " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync(Page + "/New");

        using var created = await admin.SubmitAsync(form, $"form[action='{Page}/New']", new Dictionary<string, string?>
        {
            ["Name"] = "Nightly " + tag,
            ["InboxFolder"] = "crm/" + tag,
            ["ArchiveFolder"] = "crm/" + tag + "/done",
            ["ErrorFolder"] = "crm/" + tag + "/bad",
            ["SavedMappingId"] = mappingId.ToString(CultureInfo.InvariantCulture),
            ["Cron"] = CronSchedule.EveryFifteenMinutes,
        }, [new("OwnerId", "someone-else")]);

        var schedule = await factory.WithDbAsync(db => db.ScheduledImports.AsNoTracking().SingleAsync(s => s.Name == "Nightly " + tag));
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        Assert.Equal($"{Page}/{schedule.Id}", created.RedirectPath());
        Assert.Equal((adminId, mappingId, CronSchedule.EveryFifteenMinutes), (schedule.OwnerId, schedule.SavedMappingId, schedule.Cron));
        Assert.True(Directory.Exists(Path.Combine(factory.InboxRoot, "crm", tag, "done")));
        Assert.Equal(CronSchedule.EveryFifteenMinutes, RecurringJob(schedule.Id)?.Cron);

        var runs = await admin.GetDocumentAsync($"{Page}/{schedule.Id}");
        Assert.Equal("Every 15 minutes", runs.QuerySelector("dd span[title]")?.TextContent.Trim());
        Assert.NotNull(runs.QuerySelector("[data-testid=no-files]"));

        using var paused = await admin.SubmitAsync(runs, $"form[action='{Page}/{schedule.Id}/Pause']");
        Assert.Equal(Page, paused.RedirectPath());
        Assert.Null(RecurringJob(schedule.Id));
        var list = await admin.GetDocumentAsync(Page);
        Assert.NotNull(list.QuerySelector($"tr[data-schedule='{schedule.Id}'] [data-testid=paused]"));

        using var resumed = await admin.SubmitAsync(list, $"form[action='{Page}/{schedule.Id}/Resume']");
        Assert.Equal(CronSchedule.EveryFifteenMinutes, RecurringJob(schedule.Id)?.Cron);
    }

    [Fact]
    public async Task A_bad_cron_and_a_folder_outside_the_root_are_shown_next_to_their_fields_and_nothing_is_saved()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mappingId = await MappingAsync("Mapping " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync(Page + "/New");

        using var response = await admin.SubmitAsync(form, $"form[action='{Page}/New']", new Dictionary<string, string?>
        {
            ["Name"] = "Broken " + tag,
            ["InboxFolder"] = "../../etc",
            ["SavedMappingId"] = mappingId.ToString(CultureInfo.InvariantCulture),
            ["Cron"] = "at six",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Not a valid cron expression: five fields, e.g. 0 6 * * *.", page.ValidationMessageFor("Cron"));
        Assert.Equal("Enter a folder inside the inbox root: a relative path without “..”.", page.ValidationMessageFor("InboxFolder"));
        Assert.Equal("at six", page.QuerySelector("#Cron")?.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.ScheduledImports.AnyAsync(s => s.Name == "Broken " + tag)));
    }

    [Fact]
    public async Task Run_now_queues_the_job_and_posts_without_the_token_are_refused()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await ScheduleAsync("Forged " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var forged = await admin.PostWithoutTokenAsync($"{Page}/{id}/Delete");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.ScheduledImports.AnyAsync(s => s.Id == id)));

        var enqueuedBefore = Enqueued();
        using var runNow = await admin.SubmitAsync(await admin.GetDocumentAsync($"{Page}/{id}"), $"form[action='{Page}/{id}/RunNow']");
        Assert.Equal($"{Page}/{id}", runNow.RedirectPath());
        Assert.Equal(enqueuedBefore + 1, Enqueued());

        using var deleted = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), $"form[action='{Page}/{id}/Delete']");
        Assert.Equal(Page, deleted.RedirectPath());
        Assert.False(await factory.WithDbAsync(db => db.ScheduledImports.AnyAsync(s => s.Id == id)));
        using var gone = await admin.GetAsync(new Uri($"{Page}/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private RecurringJobDto? RecurringJob(int scheduleId)
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == $"scheduled-import-{scheduleId}");
    }

    private long Enqueued() => factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount("default");

    private async Task<int> MappingAsync(string name)
    {
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        return await factory.WithDbAsync(async db =>
        {
            var mapping = new SavedImportMapping
            {
                Name = name,
                EntityType = ImportEntityType.Contact,
                UserId = adminId,
                Mapping = ImportJson.Write<List<SavedImportColumn>>([new("Name", ImportTargetKind.Field, ImportFields.LastName)]),
            };
            db.SavedImportMappings.Add(mapping);
            await db.SaveChangesAsync();
            return mapping.Id;
        });
    }

    private async Task<int> ScheduleAsync(string name)
    {
        var mappingId = await MappingAsync("Mapping of " + name);
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        return await factory.WithDbAsync(async db =>
        {
            var schedule = new ScheduledImport
            {
                Name = name,
                InboxFolder = "inbox",
                ArchiveFolder = "archive",
                ErrorFolder = "errors",
                SavedMappingId = mappingId,
                Cron = CronSchedule.Hourly,
                OwnerId = adminId,
            };
            db.ScheduledImports.Add(schedule);
            await db.SaveChangesAsync();
            return schedule.Id;
        });
    }
}
