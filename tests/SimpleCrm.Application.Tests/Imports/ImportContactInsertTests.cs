using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Imports.ImportFixture;

namespace SimpleCrm.Application.Tests.Imports;

/// <summary>
/// The import writes new contacts, emails and phones with multi-row INSERTs instead of tracked saves:
/// what it stores must be what a save stores, and a batch that fails after them must leave nothing.
/// </summary>
public sealed class ImportContactInsertTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly ImportColumn[] Columns =
    [
        .. PersonColumns,
        new(4, ImportTargetKind.Field, ImportFields.Email),
        new(5, ImportTargetKind.Field, ImportFields.Phone),
        new(6, ImportTargetKind.Field, ImportFields.City),
    ];

    [Fact]
    public async Task An_imported_contact_with_its_emails_and_phones_is_stored_column_for_column_as_a_tracked_save_stores_it()
    {
        var admin = await database.UserAsync("insert-same-admin", Roles.Admin);
        var id = await database.StartImportAsync(admin, ImportDuplicatePolicy.Skip, columns: Columns);
        await database.RunImportAsync(id, InMemoryImportTable.Of(
            PersonHeader + ";E-mail 2;Telefon 2;Miasto",
            " Łucja ;Żółkiewska-Wzór; Lucja.Z@Example.PL ;601 234 567;biuro@żółkiewska.pl;+370 612 34567;Łódź"));
        int referenceId;
        await using (var db = database.Context(new SystemUser()))
        {
            var validated = await new ContactValidator(db, database.Phones, database.Clock).ValidateAsync(new ContactInput
            {
                FirstName = "Łucja", LastName = "Żółkiewska-Wzór", City = "Łódź",
                Emails = ["Lucja.Z@Example.PL", "biuro@żółkiewska.pl"], Phones = ["601 234 567", "+370 612 34567"],
            }, CancellationToken.None);
            var reference = new Contact
            {
                Kind = ContactKind.Person, FirstName = "Łucja", LastName = "Żółkiewska-Wzór", City = "Łódź",
                ResponsibleUserId = admin.UserId, Emails = validated.Emails, Phones = validated.Phones,
            };
            reference.RefreshDerivedFields();
            db.Contacts.Add(reference);
            await db.SaveChangesAsync();
            referenceId = reference.Id;
        }

        await using var check = database.Context(admin);
        var imported = await check.Contacts.Include(c => c.Emails).Include(c => c.Phones).SingleAsync(c => c.LastName == "Żółkiewska-Wzór" && c.Id != referenceId);
        AssertSameRows(await StoredAsync(check, "Contacts", "Id", referenceId), await StoredAsync(check, "Contacts", "Id", imported.Id), "Id", "Version");
        AssertSameRows(await StoredAsync(check, "ContactEmails", "ContactId", referenceId), await StoredAsync(check, "ContactEmails", "ContactId", imported.Id), "Id", "ContactId");
        AssertSameRows(await StoredAsync(check, "ContactPhones", "ContactId", referenceId), await StoredAsync(check, "ContactPhones", "ContactId", imported.Id), "Id", "ContactId");

        Assert.Equal(["lucja.z@example.pl", "biuro@żółkiewska.pl"], imported.Emails.OrderBy(e => e.Position).Select(e => e.Normalized).ToList());
        Assert.Equal("Lucja.Z@Example.PL", imported.Emails.Single(e => e.Position == 0).Address);
        Assert.Equal(["+48601234567", "+37061234567"], imported.Phones.OrderBy(p => p.Position).Select(p => p.E164).ToList());
        Assert.Contains("48601234567", imported.SearchText, StringComparison.Ordinal);
        Assert.Equal(("Łucja Żółkiewska-Wzór", database.Clock.GetUtcNow().UtcDateTime), (imported.DisplayName, imported.CreatedAt));
        Assert.NotEqual(Guid.Empty, imported.Version);
        Assert.Equal(imported.Version, await check.ImportChanges.Where(c => c.ImportId == id && c.RecordType == HistoryRecordTypes.Contact && c.RecordId == imported.Id)
            .Select(c => c.VersionAfter).SingleAsync());
    }

    [Fact]
    public async Task A_batch_failing_after_its_contacts_were_written_leaves_no_contact_email_or_phone_of_it_and_the_rerun_creates_each_once()
    {
        var admin = await database.UserAsync("insert-rollback-admin", Roles.Admin);
        var columns = PersonColumns.Append(new ImportColumn(4, ImportTargetKind.Note)).ToList();
        var id = await database.StartImportAsync(admin, ImportDuplicatePolicy.Skip, columns: columns);
        var table = InMemoryImportTable.Of(
            PersonHeader + ";Uwagi",
            "Jan;Cofany;jan@rollback.pl;601 300 001;",
            "Ewa;Cofana;ewa@rollback.pl;601 300 002;",
            "Olga;Cofana;olga@rollback.pl;601 300 003;zepsuje zapis",
            "Piotr;Cofany;piotr@rollback.pl;601 300 004;");

        await using (var db = database.Context(new SystemUser(), new FailingNoteSave("Uwagi: zepsuje zapis")))
        {
            var runner = new ImportRunner(db, new InMemoryTableOpener(table), database.Phones, database.Clock) { BatchSize = 2 };
            await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync(id, CancellationToken.None));
        }

        await using (var check = database.Context(admin))
        {
            Assert.Equal(["Ewa", "Jan"], await check.Contacts.IgnoreQueryFilters().Where(c => c.LastName!.StartsWith("Cofan")).Select(c => c.FirstName!).OrderBy(n => n).ToListAsync());
            Assert.Equal(["ewa@rollback.pl", "jan@rollback.pl"], await check.ContactEmails.Where(e => e.Normalized.EndsWith("@rollback.pl")).Select(e => e.Normalized).OrderBy(e => e).ToListAsync());
            Assert.Equal(["+48601300001", "+48601300002"], await check.ContactPhones.Where(p => p.E164!.StartsWith("+486013000")).Select(p => p.E164!).OrderBy(p => p).ToListAsync());
            Assert.False(await check.ContactEmails.AnyAsync(e => !check.Contacts.IgnoreQueryFilters().Any(c => c.Id == e.ContactId)));
            var failed = await database.ImportAsync(id);
            Assert.Equal((ImportStatus.Failed, 2, 2), (failed.Status, failed.Checkpoint, failed.Created));
        }

        await database.RunImportAsync(id, table, batchSize: 2);
        await using var after = database.Context(admin);
        Assert.Equal(["Ewa", "Jan", "Olga", "Piotr"], await after.Contacts.Where(c => c.LastName!.StartsWith("Cofan")).Select(c => c.FirstName!).OrderBy(n => n).ToListAsync());
        Assert.Equal(4, await after.ContactEmails.CountAsync(e => e.Normalized.EndsWith("@rollback.pl")));
        Assert.Equal((ImportStatus.Completed, 4), ((await database.ImportAsync(id)).Status, (await database.ImportAsync(id)).Created));
    }

    [Fact]
    public async Task A_later_row_of_the_same_batch_adds_its_phone_to_the_new_contact_before_it_is_written()
    {
        var admin = await database.UserAsync("insert-merge-admin", Roles.Admin);
        var id = await database.StartImportAsync(admin, ImportDuplicatePolicy.Update);
        await database.RunImportAsync(id, InMemoryImportTable.Of(
            PersonHeader,
            "Anna;Scalona;anna@scalona.pl;",
            "Anna;Scalona;ANNA@scalona.pl;602 444 555"));

        await using var check = database.Context(admin);
        var anna = await check.Contacts.Include(c => c.Emails).Include(c => c.Phones).SingleAsync(c => c.LastName == "Scalona");
        Assert.Equal(("anna@scalona.pl", "+48602444555", 0), (anna.Emails.Single().Normalized, anna.Phones.Single().E164!, anna.Phones.Single().Position));
        Assert.Contains("48602444555", anna.SearchText, StringComparison.Ordinal);
    }

    /// <summary>Every column of the rows as SQLite stores them (value and storage class), ordered by their position or id.</summary>
    private static async Task<List<Dictionary<string, object?>>> StoredAsync(CrmDbContext db, string table, string keyColumn, int key)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{keyColumn}\" = {key} ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    /// <summary>Same columns, same values and storage classes; the keys and versions only of the same storage class.</summary>
    private static void AssertSameRows(List<Dictionary<string, object?>> expected, List<Dictionary<string, object?>> actual, params string[] ownValues)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.Keys.Order(), got.Keys.Order());
            foreach (var column in want.Keys)
            {
                Assert.True(want[column]?.GetType() == got[column]?.GetType(), $"{column}: stored as {want[column]?.GetType().Name} by a save, {got[column]?.GetType().Name} by the import");
                if (!ownValues.Contains(column))
                {
                    Assert.True(Equals(want[column], got[column]), $"{column}: '{want[column]}' by a save, '{got[column]}' by the import");
                }
            }
        }
    }

    /// <summary>Fails the save that would add the given note: after the batch's contacts, emails and phones were inserted.</summary>
    private sealed class FailingNoteSave(string text) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<Note>().Any(e => e.State == EntityState.Added && e.Entity.Text == text)
                ? throw new InvalidOperationException("Simulated: the batch's last save fails.")
                : ValueTask.FromResult(result);
    }
}
