using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Files;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.CustomFields.CustomFieldSteps;

namespace SimpleCrm.Application.Tests.CustomFields;

/// <summary>File custom fields: the file is one of the record's files, saved with it or not at all; required, replace, remove, download, carry-over.</summary>
public sealed class CustomFieldFileTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestUser _rep = null!;

    public async Task InitializeAsync()
    {
        _rep = TestUser.SalesRep(await database.AddUserAsync("file-field-rep-" + Guid.NewGuid().ToString("N")[..6]));
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_file_posted_with_a_new_lead_becomes_one_of_its_files_and_the_fields_value()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.File, "Contract " + Tag())).Id;

        var result = await CreateLeadAsync("With contract", Upload(field, "Umowa łódź.pdf", SampleFiles.Pdf));

        Assert.True(result.Succeeded, Describe(result.Failures));
        await using var check = database.Context(_rep);
        var file = await check.Files.SingleAsync(f => f.RecordType == HistoryRecordTypes.Lead && f.RecordId == result.Value);
        Assert.Equal(("Umowa łódź.pdf", FileTypes.Pdf), (file.FileName, file.ContentType));
        Assert.Equal(file.Id, (await check.CustomFieldValues.SingleAsync(v => v.RecordId == result.Value && v.FieldId == field)).FileId);
        Assert.True(database.FileStore().Exists(file.StoredName));
        Assert.True(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == result.Value && h.Action == FileMessages.Uploaded));
        var shown = (await TestDatabase.CustomFieldReader(check, _rep).ForRecordAsync(CustomFieldRecordType.Lead, result.Value, None)).Single(f => f.FieldId == field);
        Assert.Equal(("Umowa łódź.pdf", file.Id), (shown.Value!.Text, shown.Value.FileId));
        Assert.Equal("Umowa łódź.pdf", shown.Value.ToExportText("yes", "no"));
    }

    [Theory]
    [InlineData("program.pdf", FileMessages.ContentMismatch)]
    [InlineData("program.exe", FileMessages.TypeNotAllowed)]
    [InlineData("huge.pdf", FileMessages.TooLarge)]
    public async Task A_refused_file_saves_no_lead_no_value_and_leaves_nothing_on_disk(string fileName, string message)
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.File, "Scan " + Tag())).Id;
        byte[] content = fileName == "huge.pdf" ? [.. SampleFiles.Pdf, .. new byte[200]] : SampleFiles.Exe;
        var name = "Refused " + Tag();
        var stored = StoredFiles();

        var result = await CreateLeadAsync(name, maxUploadBytes: 100, Upload(field, fileName, content));

        Assert.Equal([new Failure(message, CustomFieldEntry.ErrorKey(field))], result.Failures);
        await using var check = database.Context(_rep);
        Assert.False(await check.Leads.IgnoreQueryFilters().AnyAsync(l => l.Name == name));
        Assert.False(await check.CustomFieldValues.AnyAsync(v => v.FieldId == field));
        Assert.Equal(stored, StoredFiles());
    }

    [Fact]
    public async Task A_good_file_on_a_form_refused_for_another_reason_leaves_the_disk_as_it_was()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.File, "Offer " + Tag())).Id;
        var stored = StoredFiles();

        var result = await CreateLeadAsync(name: "", maxUploadBytes: FileStorageOptions.DefaultMaxUploadBytes, Upload(field, "offer.pdf", SampleFiles.Pdf));

        Assert.Contains(result.Failures, f => f.Field == nameof(LeadInput.Name));
        Assert.Equal(stored, StoredFiles());
        await using var check = database.Context(_rep);
        Assert.False(await check.CustomFieldValues.AnyAsync(v => v.FieldId == field));
    }

    [Fact]
    public async Task A_required_file_is_asked_for_on_create_and_on_edit_only_while_the_record_has_none()
    {
        var older = (await CreateLeadAsync("Before the field")).Value;
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.File, "ID scan " + Tag(), required: true)).Id;

        Result<int> without, with;
        Result keep, remove, olderEdit;
        try
        {
            olderEdit = await UpdateLeadAsync(older, "Before the field", new CustomFieldEntry { FieldId = field });
            without = await CreateLeadAsync("No scan", new CustomFieldEntry { FieldId = field });
            with = await CreateLeadAsync("Scan", Upload(field, "scan.png", SampleFiles.Png));
            keep = await UpdateLeadAsync(with.Value, "Scan kept", new CustomFieldEntry { FieldId = field });
            remove = await UpdateLeadAsync(with.Value, "Scan removed", new CustomFieldEntry { FieldId = field, Remove = true });
        }
        finally
        {
            // The other tests of the class share the database: out of their way.
            var admin = TestUser.Admin("cleanup");
            await using var cleanup = database.Context(admin);
            await TestDatabase.CustomFieldAdministration(cleanup, admin).SetArchivedAsync(field, true, None);
        }

        Assert.Equal([new Failure(Messages.Required, CustomFieldEntry.ErrorKey(field))], without.Failures);
        Assert.True(with.Succeeded, Describe(with.Failures));
        Assert.True(keep.Succeeded, Describe(keep.Failures));
        Assert.Equal([new Failure(Messages.Required, CustomFieldEntry.ErrorKey(field))], remove.Failures);
        Assert.Equal([new Failure(Messages.Required, CustomFieldEntry.ErrorKey(field))], olderEdit.Failures);
        await using var check = database.Context(_rep);
        Assert.NotNull((await check.CustomFieldValues.SingleAsync(v => v.RecordId == with.Value && v.FieldId == field)).FileId);
    }

    [Fact]
    public async Task Replacing_keeps_the_old_file_among_the_records_files_and_remove_clears_only_the_value()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.File, "Brochure " + Tag())).Id;
        var lead = (await CreateLeadAsync("Brochures", Upload(field, "v1.pdf", SampleFiles.Pdf))).Value;

        var replaced = await UpdateLeadAsync(lead, "Brochures", Upload(field, "v2.pdf", SampleFiles.Pdf));
        string? afterReplace;
        await using (var check = database.Context(_rep))
        {
            afterReplace = await check.CustomFieldValues.Where(v => v.RecordId == lead && v.FieldId == field).Select(v => v.File!.FileName).SingleAsync();
        }

        var removed = await UpdateLeadAsync(lead, "Brochures", new CustomFieldEntry { FieldId = field, Remove = true });

        Assert.True(replaced.Succeeded && removed.Succeeded);
        Assert.Equal("v2.pdf", afterReplace);
        await using var after = database.Context(_rep);
        Assert.False(await after.CustomFieldValues.AnyAsync(v => v.RecordId == lead && v.FieldId == field));
        Assert.Equal(["v1.pdf", "v2.pdf"], await after.Files.Where(f => f.RecordType == HistoryRecordTypes.Lead && f.RecordId == lead).OrderBy(f => f.FileName).Select(f => f.FileName).ToListAsync());
    }

    [Fact]
    public async Task Deleting_the_file_from_the_records_files_empties_the_field()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.File, "Photo " + Tag())).Id;
        var lead = (await CreateLeadAsync("Photo", Upload(field, "photo.jpg", SampleFiles.Jpeg))).Value;
        int fileId;
        await using (var db = database.Context(_rep))
        {
            fileId = (await db.CustomFieldValues.SingleAsync(v => v.RecordId == lead && v.FieldId == field)).FileId!.Value;
            Assert.True((await database.FileCommands(db, _rep).DeleteAsync(fileId, None)).Succeeded);
        }

        await using var check = database.Context(_rep);
        Assert.False(await check.CustomFieldValues.AnyAsync(v => v.RecordId == lead && v.FieldId == field));
    }

    [Fact]
    public async Task Only_those_who_see_the_record_may_download_its_field_file()
    {
        var field = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.File, "Private " + Tag())).Id;
        var lead = (await CreateLeadAsync("Private", Upload(field, "secret.pdf", SampleFiles.Pdf))).Value;
        var other = TestUser.SalesRep(await database.AddUserAsync("file-field-other-" + Tag()));
        var manager = TestUser.Manager(await database.AddUserAsync("file-field-manager-" + Tag()));
        await using var db = database.Context(_rep);
        var fileId = (await db.CustomFieldValues.SingleAsync(v => v.RecordId == lead && v.FieldId == field)).FileId!.Value;

        Assert.Equal("secret.pdf", (await TestDatabase.FileQueries(db, _rep).GetDownloadAsync(fileId, None))?.FileName);
        Assert.Null(await TestDatabase.FileQueries(db, other).GetDownloadAsync(fileId, None));
        Assert.NotNull(await TestDatabase.FileQueries(db, manager).GetDownloadAsync(fileId, None));
        Assert.Empty(await TestDatabase.CustomFieldReader(db, other).ForRecordAsync(CustomFieldRecordType.Lead, lead, None));
    }

    [Fact]
    public async Task Converting_moves_the_file_and_the_contacts_file_field_of_the_same_label_points_at_it()
    {
        var tag = Tag();
        var leadField = (await AddFieldAsync(database, CustomFieldRecordType.Lead, CustomFieldType.File, "Contract " + tag)).Id;
        var contactField = (await AddFieldAsync(database, CustomFieldRecordType.Contact, CustomFieldType.File, "CONTRACT " + tag)).Id;
        var lead = (await CreateLeadAsync("Converting " + tag, Upload(leadField, "contract.pdf", SampleFiles.Pdf))).Value;
        var contact = await database.AddContactAsync(_rep, ContactInputBuilder.APerson("Nowy", "Klient" + tag).OwnedBy(_rep.UserId).Build());

        await using (var db = database.Context(_rep))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var (from, to) = (RecordRef.Lead(lead), RecordRef.Contact(contact));
            await new FileMover(db, _rep, database.Clock).MoveAsync(from, to, None);
            await new CustomFieldCarryOver(db).MoveAsync(from, to, None);
            await transaction.CommitAsync();
        }

        await using var check = database.Context(_rep);
        var file = await check.Files.SingleAsync(f => f.FileName == "contract.pdf" && f.RecordType == HistoryRecordTypes.Contact && f.RecordId == contact);
        Assert.Equal(file.Id, (await check.CustomFieldValues.SingleAsync(v => v.RecordId == contact && v.FieldId == contactField)).FileId);
        var shown = (await TestDatabase.CustomFieldReader(check, _rep).ForRecordAsync(CustomFieldRecordType.Contact, contact, None)).Single(f => f.FieldId == contactField);
        Assert.Equal(("contract.pdf", file.Id), (shown.Value!.Text, shown.Value.FileId));
    }

    private static CustomFieldEntry Upload(int fieldId, string name, byte[] content) =>
        new() { FieldId = fieldId, Upload = new CustomFieldUpload(name, new MemoryStream(content)) };

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private static string Describe(IEnumerable<Failure> failures) => string.Join(", ", failures.Select(f => $"{f.Field}: {f.MessageKey}"));

    private Task<Result<int>> CreateLeadAsync(string name, params CustomFieldEntry[] entries) =>
        CreateLeadAsync(name, FileStorageOptions.DefaultMaxUploadBytes, entries);

    private async Task<Result<int>> CreateLeadAsync(string name, long maxUploadBytes, params CustomFieldEntry[] entries)
    {
        await using var db = database.Context(_rep);
        var commands = new LeadCommands(db, _rep, new LeadValidator(db, database.Phones, database.Clock), database.CustomFieldEditor(db, _rep, maxUploadBytes), database.TaskAutomation(db, _rep), database.Clock);
        return await commands.CreateAsync(new LeadInput { Name = name, CustomFields = [.. entries] }, None);
    }

    private async Task<Result> UpdateLeadAsync(int id, string name, params CustomFieldEntry[] entries)
    {
        await using var db = database.Context(_rep);
        var version = await db.Leads.Where(l => l.Id == id).Select(l => l.Version).SingleAsync();
        return await database.LeadCommands(db, _rep).UpdateAsync(id, new LeadInput { Name = name, ResponsibleUserId = _rep.UserId, CustomFields = [.. entries] }, version, None);
    }

    private int StoredFiles() =>
        Directory.Exists(database.FilesRoot) ? Directory.EnumerateFiles(database.FilesRoot, "*", SearchOption.AllDirectories).Count() : 0;
}
