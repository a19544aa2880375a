using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Imports.ImportFixture;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Imports;

public sealed class ImportRunnerTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Imported_contacts_get_the_defaults_tags_list_note_and_an_imported_line_and_keep_formula_text_as_typed()
    {
        var manager = await database.UserAsync("imp-defaults-manager", Roles.Manager);
        var owner = await database.AddUserAsync("imp-defaults-owner");
        int listId;
        await using (var db = database.Context(manager))
        {
            listId = (await database.ListCommands(db, manager).CreateAsync(new ListInput { Name = "Targi 2026" }, CancellationToken.None)).Value;
        }

        var columns = PersonColumns.Append(new ImportColumn(4, ImportTargetKind.Field, ImportFields.Tags)).Append(new ImportColumn(5, ImportTargetKind.Note)).ToList();
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Skip, new ImportDefaults(ResponsibleUserId: owner, Tags: ["Targi"], ListId: listId), columns);
        await database.RunImportAsync(id, InMemoryImportTable.Of(
            PersonHeader + ";Tagi;Uwagi",
            "Zofia;Łącka;zofia@defaults.pl;601 100 200;VIP, Kraków;dzwonić po 15",
            "=HYPERLINK(\"x\");Formułowa;formula@defaults.pl;;;"));

        await using var check = database.Context(manager);
        var zofia = await check.Contacts.Include(c => c.Emails).Include(c => c.Phones).Include(c => c.Tags).ThenInclude(t => t.Tag)
            .SingleAsync(c => c.LastName == "Łącka");
        Assert.Equal(owner, zofia.ResponsibleUserId);
        Assert.Equal("zofia@defaults.pl", zofia.Emails.Single().Normalized);
        Assert.Equal("+48601100200", zofia.Phones.Single().E164);
        Assert.Equal(["Kraków", "Targi", "VIP"], zofia.Tags.Select(t => t.Tag!.Name).Order().ToList());
        Assert.True(await check.ContactListMembers.AnyAsync(m => m.ListId == listId && m.ContactId == zofia.Id));
        Assert.Equal("Uwagi: dzwonić po 15", await check.Notes.Where(n => n.RecordId == zofia.Id && n.RecordType == HistoryRecordTypes.Contact).Select(n => n.Text).SingleAsync());
        Assert.Single(await check.History.Where(h => h.RecordId == zofia.Id && h.RecordType == HistoryRecordTypes.Contact && h.Action == TimelineKinds.Imported).ToListAsync());
        Assert.Equal("=HYPERLINK(\"x\")", await check.Contacts.Where(c => c.LastName == "Formułowa").Select(c => c.FirstName).SingleAsync());
        var import = await database.ImportAsync(id);
        Assert.Equal((ImportStatus.Completed, 2, 2, 2, 0), (import.Status, import.RowsTotal ?? 0, import.Processed, import.Created, import.Failed));
    }

    [Fact]
    public async Task Skip_leaves_duplicates_in_the_database_and_earlier_in_the_file_alone_and_counts_them()
    {
        var manager = await database.UserAsync("imp-skip-manager", Roles.Manager);
        await database.AddContactAsync(manager, APerson("Stary", "Skipowy").WithEmails("Known@Skip.pl").Build());
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Skip);
        await database.RunImportAsync(id, InMemoryImportTable.Of(
            PersonHeader,
            "Nowy;Skipowy;known@skip.pl;",
            "Anna;Skipowa;anna@skip.pl;602 000 111",
            "Anna;Druga;;+48 602-000-111",
            "Piotr;Skipowy;piotr@skip.pl;",
            "Piotr;Trzeci;PIOTR@skip.pl;"), batchSize: 3);

        await using var check = database.Context(manager);
        Assert.Equal(["Anna Skipowa", "Piotr Skipowy", "Stary Skipowy"],
            await check.Contacts.Where(c => c.LastName!.StartsWith("Skipow")).OrderBy(c => c.DisplayName).Select(c => c.DisplayName).ToListAsync());
        var import = await database.ImportAsync(id);
        Assert.Equal((5, 2, 0, 3, 0), (import.Processed, import.Created, import.Updated, import.SkippedDuplicates, import.Failed));
    }

    [Fact]
    public async Task Update_overwrites_the_given_fields_of_the_duplicate_adds_its_new_phone_and_merges_in_file_repeats()
    {
        var manager = await database.UserAsync("imp-update-manager", Roles.Manager);
        var existing = await database.AddContactAsync(manager, APerson("Ewa", "Stara").WithEmails("ewa@update.pl").With(i => i.City = "Gdańsk").Build());
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Update,
            columns: [.. PersonColumns, new ImportColumn(4, ImportTargetKind.Field, ImportFields.City)]);
        await database.RunImportAsync(id, InMemoryImportTable.Of(
            PersonHeader + ";Miasto",
            "Ewa;Nowa;ewa@update.pl;603 333 444;",
            "Jan;Updatowy;jan@update.pl;;Łódź",
            "Janek;Updatowy;jan@update.pl;;"));

        await using var check = database.Context(manager);
        var ewa = await check.Contacts.Include(c => c.Phones).SingleAsync(c => c.Id == existing);
        Assert.Equal(("Nowa", "Gdańsk", "+48603333444"), (ewa.LastName, ewa.City, ewa.Phones.Single().E164));
        var jan = await check.Contacts.SingleAsync(c => c.LastName == "Updatowy");
        Assert.Equal(("Janek", "Łódź"), (jan.FirstName, jan.City));
        var import = await database.ImportAsync(id);
        Assert.Equal((1, 2, 0), (import.Created, import.Updated, import.SkippedDuplicates));
        var change = await check.ImportChanges.SingleAsync(c => c.ImportId == id && c.RecordId == existing);
        Assert.Equal(ImportChangeKind.Updated, change.Kind);
        Assert.Contains("\"Stara\"", change.Before);
        Assert.Equal(ewa.Version, change.VersionAfter);
        Assert.Equal(jan.Version, (await check.ImportChanges.SingleAsync(c => c.ImportId == id && c.RecordId == jan.Id)).VersionAfter);
    }

    [Fact]
    public async Task Create_anyway_creates_a_record_for_every_row_even_when_it_is_known()
    {
        var manager = await database.UserAsync("imp-anyway-manager", Roles.Manager);
        await database.AddContactAsync(manager, APerson("Adam", "Anyway").WithEmails("adam@anyway.pl").Build());
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.CreateAnyway);
        await database.RunImportAsync(id, InMemoryImportTable.Of(PersonHeader, "Adam;Anyway;adam@anyway.pl;", "Adam;Anyway;adam@anyway.pl;"));

        await using var check = database.Context(manager);
        Assert.Equal(3, await check.Contacts.CountAsync(c => c.LastName == "Anyway"));
        Assert.Equal(2, (await database.ImportAsync(id)).Created);
    }

    [Fact]
    public async Task A_bad_row_becomes_an_error_with_its_cells_and_reason_and_the_rest_is_imported()
    {
        var manager = await database.UserAsync("imp-bad-manager", Roles.Manager);
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Skip);
        await database.RunImportAsync(id, InMemoryImportTable.Of(
            PersonHeader,
            "Dobry;Wierszowy;dobry@bad.pl;",
            "Zły;Mailowy;to-nie-mail;",
            ";;bezimienny@bad.pl;",
            "Drugi;Wierszowy;drugi@bad.pl;"), batchSize: 2);

        await using var check = database.Context(manager);
        Assert.Equal(2, await check.Contacts.CountAsync(c => c.LastName == "Wierszowy"));
        var errors = await check.ImportErrors.Where(e => e.ImportId == id).OrderBy(e => e.RowNumber).ToListAsync();
        Assert.Equal([(3, Messages.InvalidEmail), (4, "Contacts.NameRequired")], errors.Select(e => (e.RowNumber, e.MessageKey)).ToList());
        Assert.Equal("[\"Zły\",\"Mailowy\",\"to-nie-mail\",null]", errors[0].Cells);
        var import = await database.ImportAsync(id);
        Assert.Equal((ImportStatus.Completed, 4, 2, 2), (import.Status, import.Processed, import.Created, import.Failed));
    }

    [Fact]
    public async Task A_run_killed_mid_batch_resumes_after_the_last_committed_batch_without_duplicates()
    {
        var manager = await database.UserAsync("imp-crash-manager", Roles.Manager);
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.CreateAnyway);
        var lines = Enumerable.Range(1, 7).Select(i => $"Osoba{i};Crashowa;crash{i}@crash.pl;").ToArray();

        await Assert.ThrowsAsync<IOException>(() => database.RunImportAsync(id, new InMemoryImportTable(PersonHeader.Split(';'), Rows(lines)) { CrashAfterRows = 5 }, batchSize: 2));
        var crashed = await database.ImportAsync(id);
        Assert.Equal((ImportStatus.Failed, 4, 4), (crashed.Status, crashed.Checkpoint, crashed.Created));

        var table = new InMemoryImportTable(PersonHeader.Split(';'), Rows(lines));
        await database.RunImportAsync(id, table, batchSize: 2);

        Assert.Equal(4, table.LastSkipped);
        await using var check = database.Context(manager);
        Assert.Equal(7, await check.Contacts.CountAsync(c => c.LastName == "Crashowa"));
        Assert.Equal(7, await check.ImportChanges.CountAsync(c => c.ImportId == id));
        var import = await database.ImportAsync(id);
        Assert.Equal((ImportStatus.Completed, 7, 7, 7), (import.Status, import.Processed, import.Created, import.RowsTotal ?? 0));
    }

    [Fact]
    public async Task Running_a_finished_import_again_creates_nothing()
    {
        var manager = await database.UserAsync("imp-twice-manager", Roles.Manager);
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.CreateAnyway);
        await database.RunImportAsync(id, InMemoryImportTable.Of(PersonHeader, "Raz;Dwukrotny;raz@twice.pl;"));
        await database.RunImportAsync(id, InMemoryImportTable.Of(PersonHeader, "Raz;Dwukrotny;raz@twice.pl;"));

        await using var check = database.Context(manager);
        Assert.Equal(1, await check.Contacts.CountAsync(c => c.LastName == "Dwukrotny"));
        Assert.Equal(1, (await database.ImportAsync(id)).Created);
    }

    [Fact]
    public async Task A_cancelled_import_stops_before_its_next_batch()
    {
        var manager = await database.UserAsync("imp-cancel-manager", Roles.Manager);
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Skip);
        await using (var db = database.Context(manager))
        {
            Assert.True((await database.ImportCommands(db, manager, new RecordingImportScheduler()).CancelAsync(id, CancellationToken.None)).Succeeded);
        }

        await database.RunImportAsync(id, InMemoryImportTable.Of(PersonHeader, "Nie;Anulowany;nie@cancel.pl;"));

        await using var check = database.Context(manager);
        Assert.False(await check.Contacts.AnyAsync(c => c.LastName == "Anulowany"));
        Assert.Equal(ImportStatus.Cancelled, (await database.ImportAsync(id)).Status);
    }

    [Fact]
    public async Task A_reps_update_reaches_only_duplicates_they_may_see_and_skips_the_others_with_a_reason()
    {
        var rep = await database.UserAsync("imp-vis-rep", Roles.SalesRep);
        var other = TestUser.SalesRep(await database.AddUserAsync("imp-vis-other"));
        var own = await database.AddContactAsync(rep, APerson("Mój", "Widoczny").WithEmails("own@vis.pl").OwnedBy(rep.UserId).Build());
        var hidden = await database.AddContactAsync(other, APerson("Cudzy", "Ukryty").WithEmails("hidden@vis.pl").OwnedBy(other.UserId).Build());
        var id = await database.StartImportAsync(rep, ImportDuplicatePolicy.Update);
        await database.RunImportAsync(id, InMemoryImportTable.Of(PersonHeader, "Mój;Zmieniony;own@vis.pl;", "Mój;Podmieniony;hidden@vis.pl;"));

        await using var check = database.Context(new SystemUser());
        Assert.Equal("Zmieniony", await check.Contacts.Where(c => c.Id == own).Select(c => c.LastName).SingleAsync());
        Assert.Equal("Ukryty", await check.Contacts.Where(c => c.Id == hidden).Select(c => c.LastName).SingleAsync());
        Assert.False(await check.Contacts.AnyAsync(c => c.LastName == "Podmieniony"));
        Assert.Equal(ImportMessages.DuplicateNotVisible, await check.ImportErrors.Where(e => e.ImportId == id).Select(e => e.MessageKey).SingleAsync());
        var import = await database.ImportAsync(id);
        Assert.Equal((0, 1, 1, 0), (import.Created, import.Updated, import.SkippedDuplicates, import.Failed));
    }

    private static List<string?[]> Rows(string[] lines) => [.. lines.Select(l => l.Split(';').Select(c => (string?)c).ToArray())];
}
