using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Tests.Imports.Scheduling;

/// <summary>Admin › Scheduled imports: what the form accepts, and the recurring job kept in step with every change.</summary>
public sealed class ScheduledImportAdministrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData("../outside")]
    [InlineData("inbox/../../outside")]
    [InlineData("/etc")]
    public async Task A_folder_outside_the_inbox_root_is_refused(string folder)
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-escape-" + folder.Length);
        await using var db = database.Context(scene.Admin);

        var result = await scene.Administration(db).CreateAsync(scene.Input() with { InboxFolder = folder }, CancellationToken.None);

        Assert.Equal([new Failure(ScheduledImportMessages.FolderOutsideRoot, nameof(ScheduledImportInput.InboxFolder))], result.Failures);
        Assert.Empty(scene.Trigger.Registered);
        Assert.False(Directory.Exists(Path.GetFullPath(Path.Combine(scene.Root, "..", "outside"))));
    }

    [Fact]
    public async Task A_symbolic_link_leading_out_of_the_root_is_refused()
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-symlink");
        var outside = Path.Combine(Path.GetTempPath(), "simplecrm-inbox-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(scene.Root);
        Directory.CreateSymbolicLink(Path.Combine(scene.Root, "shared"), outside);
        try
        {
            await using var db = database.Context(scene.Admin);

            var result = await scene.Administration(db).CreateAsync(scene.Input() with { InboxFolder = "shared/drop" }, CancellationToken.None);

            Assert.Equal([new Failure(ScheduledImportMessages.FolderOutsideRoot, nameof(ScheduledImportInput.InboxFolder))], result.Failures);
            Assert.False(Directory.Exists(Path.Combine(outside, "drop")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task Bad_cron_and_pattern_and_an_archive_in_the_inbox_itself_are_refused_by_field()
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-invalid");
        await using var db = database.Context(scene.Admin);

        var result = await scene.Administration(db).CreateAsync(
            scene.Input() with { Cron = "every day at six", FilePattern = "../*.csv", ArchiveFolder = "inbox/" }, CancellationToken.None);

        Assert.Equal(
            [nameof(ScheduledImportInput.ArchiveFolder), nameof(ScheduledImportInput.Cron), nameof(ScheduledImportInput.FilePattern)],
            result.Failures.Select(f => f.Field).Order(StringComparer.Ordinal));
        Assert.Contains(new Failure(ScheduledImportMessages.InvalidCron, nameof(ScheduledImportInput.Cron)), result.Failures);
        Assert.Contains(new Failure(ScheduledImportMessages.SameFolder, nameof(ScheduledImportInput.ArchiveFolder)), result.Failures);
    }

    [Fact]
    public async Task Another_users_mapping_or_one_of_another_entity_is_refused()
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-mapping");
        await using var other = await InboxScene.CreateAsync(database, "adm-mapping-other");
        await using var db = database.Context(scene.Admin);

        var foreign = await scene.Administration(db).CreateAsync(scene.Input() with { SavedMappingId = other.MappingId }, CancellationToken.None);
        var leads = await scene.Administration(db).CreateAsync(scene.Input() with { EntityType = ImportEntityType.Lead }, CancellationToken.None);

        Assert.Equal([new Failure(ScheduledImportMessages.MappingUnknown, nameof(ScheduledImportInput.SavedMappingId))], foreign.Failures);
        Assert.Equal([new Failure(ScheduledImportMessages.MappingUnknown, nameof(ScheduledImportInput.SavedMappingId))], leads.Failures);
    }

    [Fact]
    public async Task Creating_makes_the_folders_and_registers_the_job_and_pause_resume_delete_keep_it_in_step()
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-lifecycle");
        var id = await scene.ScheduleAsync(scene.Input() with { Cron = "  */15   * * * * " });
        Assert.Equal(CronSchedule.EveryFifteenMinutes, scene.Trigger.Registered[id]);
        Assert.True(Directory.Exists(scene.Inbox) && Directory.Exists(scene.Archive) && Directory.Exists(scene.Errors));

        await using var db = database.Context(scene.Admin);
        var administration = scene.Administration(db);
        Assert.True((await administration.PauseAsync(id, CancellationToken.None)).Succeeded);
        Assert.False(scene.Trigger.Registered.ContainsKey(id));

        Assert.True((await administration.UpdateAsync(id, scene.Input() with { Cron = CronSchedule.Hourly }, CancellationToken.None)).Succeeded);
        Assert.False(scene.Trigger.Registered.ContainsKey(id));

        Assert.True((await administration.ResumeAsync(id, CancellationToken.None)).Succeeded);
        Assert.Equal(CronSchedule.Hourly, scene.Trigger.Registered[id]);

        Assert.True((await administration.RunNowAsync(id, CancellationToken.None)).Succeeded);
        Assert.Equal([id], scene.Trigger.RunNowQueued);

        Assert.True((await administration.DeleteAsync(id, CancellationToken.None)).Succeeded);
        Assert.False(scene.Trigger.Registered.ContainsKey(id));
        Assert.False(await db.ScheduledImports.AnyAsync(s => s.Id == id));
    }

    [Fact]
    public async Task Deleting_a_schedule_removes_its_file_history_but_keeps_its_imports()
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-delete");
        var id = await scene.ScheduleAsync();
        scene.Drop("keep.csv", InboxScene.Header + "\r\nHenryk;Nowak;henryk@adm-delete.pl;\r\n");
        await scene.RunAsync(id);
        var importId = Assert.Single(await scene.FilesAsync(id)).ImportId!.Value;

        await using var db = database.Context(scene.Admin);
        Assert.True((await scene.Administration(db).DeleteAsync(id, CancellationToken.None)).Succeeded);

        Assert.Empty(await scene.FilesAsync(id));
        Assert.Equal(ImportStatus.Completed, (await database.ImportAsync(importId)).Status);
    }

    [Fact]
    public async Task Only_admins_see_or_change_schedules()
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-only");
        var id = await scene.ScheduleAsync();
        var manager = await database.UserAsync("adm-only-manager", Roles.Manager);
        await using var db = database.Context(manager);
        var administration = scene.Administration(db, manager);

        Assert.True((await administration.CreateAsync(scene.Input(), CancellationToken.None)).IsNotFound);
        Assert.True((await administration.PauseAsync(id, CancellationToken.None)).IsNotFound);
        Assert.True((await administration.RunNowAsync(id, CancellationToken.None)).IsNotFound);
        Assert.True((await administration.DeleteAsync(id, CancellationToken.None)).IsNotFound);
        Assert.Empty(await new ScheduledImportQueries(db, manager, database.Clock).ListAsync(CancellationToken.None));
        Assert.Null(await new ScheduledImportQueries(db, manager, database.Clock).RunsAsync(id, CancellationToken.None));
        Assert.True(scene.Trigger.Registered.ContainsKey(id));
    }

    [Fact]
    public async Task At_start_up_active_schedules_are_registered_again_and_paused_ones_removed()
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-startup");
        var active = await scene.ScheduleAsync(scene.Input("Active") with { Cron = CronSchedule.Hourly });
        var paused = await scene.ScheduleAsync(scene.Input("Paused"));
        await using (var db = database.Context(scene.Admin))
        {
            await scene.Administration(db).PauseAsync(paused, CancellationToken.None);
        }

        var restarted = new RecordingScheduledImportTrigger();
        restarted.Register(paused, CronSchedule.DailyAtSix);
        await using (var db = database.Context(new SystemUser()))
        {
            await ScheduledImportRegistration.RegisterAllAsync(db, restarted, CancellationToken.None);
        }

        Assert.Equal(CronSchedule.Hourly, restarted.Registered[active]);
        Assert.False(restarted.Registered.ContainsKey(paused));
    }

    [Fact]
    public async Task The_list_shows_the_next_run_in_words_and_the_latest_file_with_its_counts()
    {
        await using var scene = await InboxScene.CreateAsync(database, "adm-list");
        var id = await scene.ScheduleAsync(scene.Input("Listed"));
        scene.Drop("listed.csv", InboxScene.Header + "\r\nIrena;Nowak;irena@adm-list.pl;\r\n;;;\r\n");
        await scene.RunAsync(id);

        await using var db = database.Context(scene.Admin);
        var runs = await new ScheduledImportQueries(db, scene.Admin, database.Clock).RunsAsync(id, CancellationToken.None);

        Assert.NotNull(runs);
        Assert.Equal("ScheduledImports.Cron.DailyAt6", CronSchedule.WordsKey(runs.Schedule.Cron));
        Assert.Equal(new DateTime(2026, 11, 25, 6, 0, 0, DateTimeKind.Utc), runs.Schedule.NextRunAt);
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, runs.Schedule.LastRunAt);
        var file = Assert.Single(runs.Files);
        Assert.Equal(("listed.csv", ImportStatus.Completed, 1), (file.FileName, file.ImportStatus, file.Created));
        Assert.Equal(file, runs.Schedule.LastFile);
    }
}
