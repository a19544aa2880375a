using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Tests.Imports;

public sealed class ImportStartTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_start_sent_twice_for_one_upload_is_one_import_queued_once()
    {
        var rep = await database.UserAsync("rep-twice", Roles.SalesRep);
        var scheduler = new RecordingImportScheduler();
        var stored = Guid.NewGuid().ToString("N");

        var first = await StartAsync(rep, scheduler, stored);
        var second = await StartAsync(rep, scheduler, stored);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(first.Value, second.Value);
        Assert.Equal([first.Value], scheduler.Enqueued);
        await using var db = database.Context(rep);
        Assert.Equal(1, await db.Imports.CountAsync(i => i.StoredFileName == stored));
    }

    [Fact]
    public async Task Two_uploads_are_two_imports()
    {
        var rep = await database.UserAsync("rep-two-files", Roles.SalesRep);
        var scheduler = new RecordingImportScheduler();

        var first = await StartAsync(rep, scheduler, Guid.NewGuid().ToString("N"));
        var second = await StartAsync(rep, scheduler, Guid.NewGuid().ToString("N"));

        Assert.NotEqual(first.Value, second.Value);
        Assert.Equal(2, scheduler.Enqueued.Count);
    }

    private async Task<Result<int>> StartAsync(ICurrentUser user, RecordingImportScheduler scheduler, string stored)
    {
        await using var db = database.Context(user);
        return await database.ImportCommands(db, user, scheduler).CreateAsync(new ImportRequest(
            ImportEntityType.Contact, "kontakty.csv", stored, new ImportReadSettings(ImportFileFormat.Text, 65001, ';'),
            ImportFixture.PersonColumns, new ImportDefaults(), ImportDuplicatePolicy.Skip), CancellationToken.None);
    }
}
