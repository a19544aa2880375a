using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Files;

/// <summary>Uploads, downloads and deletes of record files: limits, content checks, visibility, nothing half-saved.</summary>
public sealed class FileCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_small_pdf_is_stored_under_a_generated_name_with_its_hash_and_a_history_line()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("file-pdf"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Oferta PDF"));

        var result = await UploadAsync(rep, lead, "../Oferta Łódź.pdf", SampleFiles.Pdf);

        Assert.True(result.Succeeded);
        await using var db = database.Context(rep);
        var file = await db.Files.SingleAsync(f => f.Id == result.Value);
        Assert.Equal("Oferta Łódź.pdf", file.FileName);
        Assert.Equal(FileTypes.Pdf, file.ContentType);
        Assert.Equal(SampleFiles.Pdf.Length, file.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(SampleFiles.Pdf)), file.Sha256);
        Assert.Matches("^[0-9a-f]{32}$", file.StoredName);
        Assert.Equal(SampleFiles.Pdf, await File.ReadAllBytesAsync(Path.Combine(database.FilesRoot, file.StoredName[..2], file.StoredName)));
        var line = await db.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == lead.Id && h.Action == FileMessages.Uploaded);
        Assert.Equal("Oferta Łódź.pdf", line.Details);

        var download = await TestDatabase.FileQueries(db, rep).GetDownloadAsync(file.Id, None);
        Assert.Equal(new FileDownload("Oferta Łódź.pdf", FileTypes.Pdf, file.StoredName), download);
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_and_leaves_no_file_and_no_row()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("file-exe"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Podejrzana faktura"));
        var before = StoredFiles();

        var result = await UploadAsync(rep, lead, "faktura.pdf", SampleFiles.Exe);

        Assert.Equal(FileMessages.ContentMismatch, Assert.Single(result.Failures).MessageKey);
        Assert.Equal(before, StoredFiles());
        Assert.Equal(0, await FilesOfAsync(lead));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_leaves_no_file_and_no_row()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("file-big"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Za duży plik"));
        var before = StoredFiles();

        var atLimit = await UploadAsync(rep, lead, "ok.pdf", SampleFiles.Sized(1024), maxUploadBytes: 1024);
        var overLimit = await UploadAsync(rep, lead, "duzy.pdf", SampleFiles.Sized(1025), maxUploadBytes: 1024);

        Assert.True(atLimit.Succeeded);
        Assert.Equal(FileMessages.TooLarge, Assert.Single(overLimit.Failures).MessageKey);
        Assert.Equal(before + 1, StoredFiles());
        Assert.Equal(1, await FilesOfAsync(lead));
    }

    [Theory]
    [InlineData("setup.exe", FileMessages.TypeNotAllowed)]
    [InlineData("strona.html", FileMessages.TypeNotAllowed)]
    [InlineData("bez-rozszerzenia", FileMessages.TypeNotAllowed)]
    [InlineData("", FileMessages.Required)]
    public async Task A_file_of_a_type_not_on_the_list_is_refused_before_anything_is_written(string name, string message)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("file-type-" + Guid.NewGuid().ToString("N")[..8]));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Zły typ"));
        var before = StoredFiles();

        var result = await UploadAsync(rep, lead, name, SampleFiles.Text);

        Assert.Equal(message, Assert.Single(result.Failures).MessageKey);
        Assert.Equal(before, StoredFiles());
        Assert.Equal(0, await FilesOfAsync(lead));
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("file-empty"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Pusty plik"));
        var before = StoredFiles();

        var result = await UploadAsync(rep, lead, "pusty.txt", []);

        Assert.Equal(FileMessages.Empty, Assert.Single(result.Failures).MessageKey);
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task A_sales_rep_can_neither_upload_to_list_download_nor_delete_files_of_another_reps_lead()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("file-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("file-other"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Cudze pliki"));
        var id = (await UploadAsync(owner, lead, "umowa.pdf", SampleFiles.Pdf)).Value;
        var before = StoredFiles();

        var upload = await UploadAsync(other, lead, "wtracenie.pdf", SampleFiles.Pdf);
        await using var db = database.Context(other);
        var list = await TestDatabase.FileQueries(db, other).OfRecordAsync(lead, None);
        var download = await TestDatabase.FileQueries(db, other).GetDownloadAsync(id, None);
        var delete = await database.FileCommands(db, other).DeleteAsync(id, None);

        Assert.True(upload.IsNotFound);
        Assert.Null(list);
        Assert.Null(download);
        Assert.True(delete.IsNotFound);
        Assert.Equal(before, StoredFiles());
        Assert.Equal(1, await FilesOfAsync(lead));
    }

    [Fact]
    public async Task The_uploader_or_an_admin_deletes_a_file_and_its_bytes_go_with_it_a_manager_cannot()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("file-del-rep"));
        var manager = TestUser.Manager(await database.AddUserAsync("file-del-manager"));
        var admin = TestUser.Admin(await database.AddUserAsync("file-del-admin"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Usuwanie plików"));
        var own = (await UploadAsync(rep, lead, "wlasny.pdf", SampleFiles.Pdf)).Value;
        var another = (await UploadAsync(rep, lead, "drugi.pdf", SampleFiles.Pdf)).Value;
        var before = StoredFiles();

        await using var db = database.Context(manager);
        var byManager = await database.FileCommands(db, manager).DeleteAsync(own, None);
        await using var repDb = database.Context(rep);
        var byRep = await database.FileCommands(repDb, rep).DeleteAsync(own, None);
        await using var adminDb = database.Context(admin);
        var byAdmin = await database.FileCommands(adminDb, admin).DeleteAsync(another, None);

        Assert.Equal(FileMessages.NotYours, Assert.Single(byManager.Failures).MessageKey);
        Assert.True(byRep.Succeeded);
        Assert.True(byAdmin.Succeeded);
        Assert.Equal(0, await FilesOfAsync(lead));
        Assert.Equal(before - 2, StoredFiles());
        Assert.Equal(2, await adminDb.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == lead.Id && h.Action == FileMessages.Deleted));
    }

    [Fact]
    public async Task The_file_mover_moves_exactly_that_leads_files_to_the_contact_and_says_so_on_the_contact()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("file-mover"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Lead z plikami"));
        var otherLead = RecordRef.Lead(await database.AddLeadAsync(rep, "Inny lead z plikiem"));
        var contact = RecordRef.Contact(await database.AddContactAsync(rep, ContactInputBuilder.APerson("Plikowa", "Klientka").Build()));
        await UploadAsync(rep, lead, "a.pdf", SampleFiles.Pdf);
        await UploadAsync(rep, lead, "b.txt", SampleFiles.Text);
        await UploadAsync(rep, otherLead, "zostaje.pdf", SampleFiles.Pdf);

        await using (var db = database.Context(rep))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new FileMover(db, rep, database.Clock).MoveAsync(lead, contact, None);
            await transaction.CommitAsync();
        }

        await using var check = database.Context(rep);
        Assert.Equal(0, await FilesOfAsync(lead));
        Assert.Equal(["a.pdf", "b.txt"], await check.Files.Where(f => f.RecordType == contact.Type && f.RecordId == contact.Id).OrderBy(f => f.FileName).Select(f => f.FileName).ToListAsync());
        Assert.Equal(1, await FilesOfAsync(otherLead));
        Assert.Equal("2", (await check.History.SingleAsync(h => h.RecordType == contact.Type && h.RecordId == contact.Id && h.Action == FileMessages.Arrived)).Details);
        var listed = await TestDatabase.FileQueries(check, rep).OfRecordAsync(contact, None);
        Assert.Equal(2, listed!.Count);
    }

    private async Task<Result<int>> UploadAsync(TestUser user, RecordRef record, string name, byte[] content, long maxUploadBytes = FileStorageOptions.DefaultMaxUploadBytes)
    {
        await using var db = database.Context(user);
        using var stream = new MemoryStream(content);
        return await database.FileCommands(db, user, maxUploadBytes).UploadAsync(record, name, stream, None);
    }

    private int StoredFiles() =>
        Directory.Exists(database.FilesRoot) ? Directory.EnumerateFiles(database.FilesRoot, "*", SearchOption.AllDirectories).Count() : 0;

    private async Task<int> FilesOfAsync(RecordRef record)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Files.CountAsync(f => f.RecordType == record.Type && f.RecordId == record.Id);
    }
}
