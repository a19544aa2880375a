using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Imports.Scheduling;

/// <summary>The job against real folders under a temporary inbox root: files in, imports run, files archived or set aside.</summary>
public sealed class ScheduledImportJobTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_new_file_is_imported_as_the_owner_and_archived_and_a_second_run_does_nothing()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-once");
        var scheduleId = await scene.ScheduleAsync();
        scene.Drop("kontakty.csv", InboxScene.Header + "\r\nŁucja;Żółkiewska;lucja@sched-once.pl;600 100 200\r\nJan;Kowalski;jan@sched-once.pl;600 100 201\r\n");

        await scene.RunAsync(scheduleId);
        await scene.RunAsync(scheduleId);

        var file = Assert.Single(await scene.FilesAsync(scheduleId));
        Assert.Equal((ScheduledImportFileOutcome.Imported, "kontakty.csv"), (file.Outcome, file.FileName));
        var import = await database.ImportAsync(file.ImportId!.Value);
        Assert.Equal((ImportStatus.Completed, 2, scene.Admin.UserId, ImportDuplicatePolicy.Skip, "pl"), (import.Status, import.Created, import.CreatedById, import.DuplicatePolicy, import.Culture));
        Assert.Empty(InboxScene.Names(scene.Inbox));
        Assert.Equal(["kontakty.csv"], InboxScene.Names(scene.Archive));
        await using var db = database.Context(new SystemUser());
        Assert.Equal(2, await db.Contacts.CountAsync(c => c.Emails.Any(e => e.Normalized == "lucja@sched-once.pl" || e.Normalized == "jan@sched-once.pl")));
        Assert.Equal("Żółkiewska", await db.Contacts.Where(c => c.Emails.Any(e => e.Normalized == "lucja@sched-once.pl")).Select(c => c.LastName).SingleAsync());
    }

    [Fact]
    public async Task Columns_are_found_by_header_so_moved_and_unknown_columns_do_not_matter()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-moved");
        var scheduleId = await scene.ScheduleAsync();
        scene.Drop("moved.csv", "Uwagi;E-mail;Nazwisko;Imię\r\nmiły klient;ewa@sched-moved.pl;Wiśniewska;Ewa\r\n");

        await scene.RunAsync(scheduleId);

        var file = Assert.Single(await scene.FilesAsync(scheduleId));
        Assert.Equal(1, (await database.ImportAsync(file.ImportId!.Value)).Created);
        await using var db = database.Context(new SystemUser());
        var contact = await db.Contacts.Where(c => c.Emails.Any(e => e.Normalized == "ewa@sched-moved.pl")).Select(c => new { c.FirstName, c.LastName }).SingleAsync();
        Assert.Equal(("Ewa", "Wiśniewska"), (contact.FirstName, contact.LastName));
    }

    [Fact]
    public async Task The_same_name_with_new_content_is_imported_again_and_the_archive_keeps_both()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-again");
        var scheduleId = await scene.ScheduleAsync();
        scene.Drop("daily.csv", InboxScene.Header + "\r\nAdam;Nowak;adam@sched-again.pl;\r\n");
        await scene.RunAsync(scheduleId);

        scene.Drop("daily.csv", InboxScene.Header + "\r\nBeata;Nowak;beata@sched-again.pl;\r\n");
        await scene.RunAsync(scheduleId);

        var files = await scene.FilesAsync(scheduleId);
        Assert.Equal([ScheduledImportFileOutcome.Imported, ScheduledImportFileOutcome.Imported], files.Select(f => f.Outcome));
        Assert.NotEqual(files[0].Hash, files[1].Hash);
        Assert.Equal(["daily (2).csv", "daily.csv"], InboxScene.Names(scene.Archive));
    }

    [Fact]
    public async Task The_same_file_dropped_again_is_archived_as_already_seen_without_a_second_import()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-seen");
        var scheduleId = await scene.ScheduleAsync();
        var content = InboxScene.Header + "\r\nCezary;Nowak;cezary@sched-seen.pl;\r\n";
        scene.Drop("weekly.csv", content);
        await scene.RunAsync(scheduleId);

        scene.Drop("weekly.csv", content);
        await scene.RunAsync(scheduleId);

        var files = await scene.FilesAsync(scheduleId);
        Assert.Equal([ScheduledImportFileOutcome.Imported, ScheduledImportFileOutcome.SkippedAlreadySeen], files.Select(f => f.Outcome));
        Assert.Null(files[1].ImportId);
        Assert.Equal(["weekly (2).csv", "weekly.csv"], InboxScene.Names(scene.Archive));
        await using var db = database.Context(new SystemUser());
        Assert.Equal(1, await db.Imports.CountAsync(i => i.CreatedById == scene.Admin.UserId));
    }

    [Fact]
    public async Task An_unreadable_file_goes_to_the_error_folder_with_its_reason()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-binary");
        var scheduleId = await scene.ScheduleAsync();
        scene.DropBytes("photo.csv", [0x00, 0x01, 0x02, 0xFF, 0xD8, 0x00, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x00, 0x01]);

        await scene.RunAsync(scheduleId);

        var file = Assert.Single(await scene.FilesAsync(scheduleId));
        Assert.Equal((ScheduledImportFileOutcome.Unreadable, ImportReadMessages.BinaryFile, (int?)null), (file.Outcome, file.MessageKey, file.ImportId));
        Assert.Equal(["photo.csv"], InboxScene.Names(scene.Errors));
        Assert.Empty(InboxScene.Names(scene.Archive));
    }

    [Fact]
    public async Task A_file_without_a_mapped_name_column_goes_to_the_error_folder_and_creates_no_import()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-noname");
        var scheduleId = await scene.ScheduleAsync();
        scene.Drop("emails-only.csv", "E-mail;Telefon\r\nx@sched-noname.pl;600100200\r\n");

        await scene.RunAsync(scheduleId);

        var file = Assert.Single(await scene.FilesAsync(scheduleId));
        Assert.Equal((ScheduledImportFileOutcome.Unreadable, ImportMessages.NameNotMapped), (file.Outcome, file.MessageKey));
        Assert.Equal(["emails-only.csv"], InboxScene.Names(scene.Errors));
        await using var db = database.Context(new SystemUser());
        Assert.False(await db.Imports.AnyAsync(i => i.CreatedById == scene.Admin.UserId));
    }

    [Fact]
    public async Task A_file_changed_moments_ago_waits_for_the_next_run_and_files_not_matching_the_pattern_stay()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-fresh");
        var scheduleId = await scene.ScheduleAsync();
        scene.Drop("fresh.csv", InboxScene.Header + "\r\nDorota;Nowak;dorota@sched-fresh.pl;\r\n", age: TimeSpan.FromSeconds(2));
        scene.Drop("notes.txt", "not for us", age: TimeSpan.FromHours(1));

        await scene.RunAsync(scheduleId);
        Assert.Empty(await scene.FilesAsync(scheduleId));
        Assert.Equal(["fresh.csv", "notes.txt"], InboxScene.Names(scene.Inbox));

        database.Clock.Now += TimeSpan.FromMinutes(1);
        await scene.RunAsync(scheduleId);

        Assert.Equal(ScheduledImportFileOutcome.Imported, Assert.Single(await scene.FilesAsync(scheduleId)).Outcome);
        Assert.Equal(["notes.txt"], InboxScene.Names(scene.Inbox));
    }

    [Fact]
    public async Task Files_are_taken_oldest_first()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-order");
        var scheduleId = await scene.ScheduleAsync();
        scene.Drop("b-newer.csv", InboxScene.Header + "\r\nEla;Nowak;ela@sched-order.pl;\r\n", age: TimeSpan.FromMinutes(5));
        scene.Drop("a-older.csv", InboxScene.Header + "\r\nFilip;Nowak;filip@sched-order.pl;\r\n", age: TimeSpan.FromMinutes(10));

        await scene.RunAsync(scheduleId);

        Assert.Equal(["a-older.csv", "b-newer.csv"], (await scene.FilesAsync(scheduleId)).Select(f => f.FileName));
    }

    [Fact]
    public async Task A_run_while_another_holds_the_schedule_does_nothing_until_the_claim_lapses()
    {
        await using var scene = await InboxScene.CreateAsync(database, "sched-claim");
        var scheduleId = await scene.ScheduleAsync();
        scene.Drop("claimed.csv", InboxScene.Header + "\r\nGosia;Nowak;gosia@sched-claim.pl;\r\n");
        await using (var db = database.Context(new SystemUser()))
        {
            await db.ScheduledImports.Where(s => s.Id == scheduleId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimedUntil, database.Clock.GetUtcNow().UtcDateTime.AddMinutes(30)));
        }

        await scene.RunAsync(scheduleId);
        Assert.Empty(await scene.FilesAsync(scheduleId));

        database.Clock.Now += ScheduledImportJob.ClaimLength;
        await scene.RunAsync(scheduleId);

        Assert.Single(await scene.FilesAsync(scheduleId));
        await using var check = database.Context(new SystemUser());
        Assert.Null(await check.ScheduledImports.Where(s => s.Id == scheduleId).Select(s => s.ClaimedUntil).SingleAsync());
    }
}
