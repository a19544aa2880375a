using System.Text;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Tests.Imports;

/// <summary>The two halves together: a Windows-1250, semicolon-separated file stored as an upload, read by the readers and imported by the run.</summary>
public sealed class ImportFromStoredFileTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_cp1250_semicolon_file_is_read_from_storage_and_imported_with_its_diacritics()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1250).GetBytes(
            ImportFixture.PersonHeader + "\r\nŁucja;Żółkiewska;lucja@zolkiew.pl;+48 600 100 200\r\nGrzegorz;Brzęczyszczykiewicz;grzegorz@chrzaszcz.pl;600 100 201\r\n");
        var store = database.FileStore();
        StoredBlob blob;
        await using (var upload = new MemoryStream(bytes))
        {
            blob = (await store.WriteAsync(upload, 1_000_000, CancellationToken.None))!;
        }

        var admin = await database.UserAsync("import-stored-admin", Roles.Admin);
        int importId;
        await using (var db = database.Context(admin))
        {
            var created = await database.ImportCommands(db, admin, new RecordingImportScheduler()).CreateAsync(new ImportRequest(
                ImportEntityType.Contact, "kontakty.csv", blob.Name, new ImportReadSettings(ImportFileFormat.Text, 1250, ';'),
                ImportFixture.PersonColumns, new ImportDefaults(), ImportDuplicatePolicy.Skip), CancellationToken.None);
            Assert.True(created.Succeeded, string.Join(", ", created.Failures.Select(f => f.MessageKey)));
            importId = created.Value;
        }

        await using (var db = database.Context(new SystemUser()))
        {
            await new ImportRunner(db, new ImportFileTableOpener(store), database.Phones, database.Clock).RunAsync(importId, CancellationToken.None);
        }

        var import = await database.ImportAsync(importId);
        Assert.Equal((ImportStatus.Completed, 2, 0), (import.Status, import.Created, import.Failed));
        await using var check = database.Context(new SystemUser());
        var names = await check.Contacts.Where(c => c.Emails.Any(e => e.Normalized == "lucja@zolkiew.pl" || e.Normalized == "grzegorz@chrzaszcz.pl"))
            .OrderBy(c => c.LastName).Select(c => c.LastName).ToListAsync();
        Assert.Equal(["Brzęczyszczykiewicz", "Żółkiewska"], names);
    }
}
