using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Imports.Uploads;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Tests.Imports.Uploads;

/// <summary>The daily cleanup of wizard uploads: abandoned old files go, recent ones and imported ones stay, a run never trips on a file already gone.</summary>
public sealed class ImportUploadCleanupTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset UploadedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_upload_abandoned_more_than_two_days_ago_loses_its_file_and_its_row()
    {
        var name = await UploadAsync("cleanup-abandoned");

        var deleted = await RunAsync(UploadedAt + TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        Assert.True(deleted >= 1);
        Assert.False(database.FileStore().Exists(name));
        Assert.False(await RecordedAsync(name));
    }

    [Fact]
    public async Task An_upload_younger_than_two_days_keeps_its_file_and_its_row()
    {
        var name = await UploadAsync("cleanup-recent");

        await RunAsync(UploadedAt + TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));

        Assert.True(database.FileStore().Exists(name));
        Assert.True(await RecordedAsync(name));
    }

    [Fact]
    public async Task An_upload_that_became_an_import_keeps_its_file_and_loses_only_its_row()
    {
        var name = await UploadAsync("cleanup-imported");
        var user = await database.UserAsync("cleanup-importer", Roles.SalesRep);
        await using (var db = database.Context(user))
        {
            var created = await database.ImportCommands(db, user, new RecordingImportScheduler()).CreateAsync(new ImportRequest(
                ImportEntityType.Contact, "kontakty.csv", name, new ImportReadSettings(ImportFileFormat.Text, 1250, ';'),
                ImportFixture.PersonColumns, new ImportDefaults(), ImportDuplicatePolicy.Skip), CancellationToken.None);
            Assert.True(created.Succeeded, string.Join(", ", created.Failures.Select(f => f.MessageKey)));
        }

        await RunAsync(UploadedAt + TimeSpan.FromDays(3));

        Assert.True(database.FileStore().Exists(name));
        Assert.False(await RecordedAsync(name));
    }

    [Fact]
    public async Task A_file_already_gone_does_not_stop_the_run_and_its_row_goes()
    {
        var gone = await UploadAsync("cleanup-gone");
        database.FileStore().Delete(gone);
        var other = await UploadAsync("cleanup-after-gone");

        await RunAsync(UploadedAt + TimeSpan.FromDays(3));

        Assert.False(await RecordedAsync(gone));
        Assert.False(database.FileStore().Exists(other));
        Assert.False(await RecordedAsync(other));
    }

    [Fact]
    public async Task A_backlog_larger_than_a_page_is_cleared_in_one_run()
    {
        var userId = await database.AddUserAsync("cleanup-backlog");
        var names = Enumerable.Range(0, 1_201).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        await using (var db = database.Context(new SystemUser()))
        {
            db.ImportUploads.AddRange(names.Select(n => new ImportUpload { StoredFileName = n, UserId = userId, UploadedAt = UploadedAt.UtcDateTime }));
            await db.SaveChangesAsync();
        }

        await RunAsync(UploadedAt + TimeSpan.FromDays(3));

        await using var check = database.Context(new SystemUser());
        Assert.False(await check.ImportUploads.AnyAsync(u => names.Contains(u.StoredFileName)));
    }

    /// <summary>Stores a file and records it as the wizard does, at <see cref="UploadedAt"/>; its stored name.</summary>
    private async Task<string> UploadAsync(string userName)
    {
        var user = TestUser.SalesRep(await database.AddUserAsync(userName + "-" + Guid.NewGuid().ToString("N")[..6]));
        await using var content = new MemoryStream("Imię;Nazwisko\r\nJan;Kowalski\r\n"u8.ToArray());
        var stored = (await database.FileStore().WriteAsync(content, 1_000_000, CancellationToken.None))!;
        await using var db = database.Context(user);
        await new ImportUploads(db, user, new TestClock(UploadedAt)).RecordAsync(stored.Name, CancellationToken.None);
        return stored.Name;
    }

    private async Task<int> RunAsync(DateTimeOffset now)
    {
        await using var db = database.Context(new SystemUser());
        return await new ImportUploadCleanup(db, database.FileStore(), new TestClock(now)).RunAsync(CancellationToken.None);
    }

    private async Task<bool> RecordedAsync(string name)
    {
        await using var db = database.Context(new SystemUser());
        return await db.ImportUploads.AnyAsync(u => u.StoredFileName == name);
    }
}
