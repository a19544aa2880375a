using System.Text;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Imports.ImportFixture;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Imports;

public sealed class ImportUndoTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Undo_deletes_what_the_import_created_restores_what_it_updated_and_leaves_records_changed_since_alone()
    {
        var manager = await database.UserAsync("undo-manager", Roles.Manager);
        var updated = await database.AddContactAsync(manager, APerson("Ewa", "Przedimportowa").WithEmails("ewa@undo.pl").Build());
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Update);
        await database.RunImportAsync(id, InMemoryImportTable.Of(
            PersonHeader,
            "Ewa;Poimportowa;ewa@undo.pl;604 555 666",
            "Nowy;Cofany;nowy@undo.pl;",
            "Edytowany;Potem;edytowany@undo.pl;"));
        int edited;
        await using (var db = database.Context(manager))
        {
            var contact = await db.Contacts.SingleAsync(c => c.LastName == "Potem");
            edited = contact.Id;
            var result = await database.Commands(db, manager).UpdateAsync(edited, APerson("Edytowany", "Ręcznie").WithEmails("edytowany@undo.pl").Build(), contact.Version, CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        Result<ImportUndoOutcome> first, second;
        await using (var db = database.Context(manager))
        {
            first = await database.ImportCommands(db, manager, new RecordingImportScheduler()).UndoAsync(id, CancellationToken.None);
        }

        await using (var db = database.Context(manager))
        {
            second = await database.ImportCommands(db, manager, new RecordingImportScheduler()).UndoAsync(id, CancellationToken.None);
        }

        Assert.True(first.Succeeded);
        Assert.Equal((1, 1), (first.Value!.Deleted, first.Value.Restored));
        Assert.Equal([new RecordRef(HistoryRecordTypes.Contact, edited)], first.Value.LeftAlone);
        Assert.Equal((1, 1, 1), (second.Value!.Deleted, second.Value.Restored, second.Value.LeftAlone.Count));
        await using var check = database.Context(manager);
        Assert.False(await check.Contacts.AnyAsync(c => c.LastName == "Cofany"));
        Assert.True(await check.Contacts.IgnoreQueryFilters().AnyAsync(c => c.LastName == "Cofany" && c.IsDeleted && c.DeletedById == manager.UserId));
        var restored = await check.Contacts.Include(c => c.Phones).SingleAsync(c => c.Id == updated);
        Assert.Equal(("Przedimportowa", 0), (restored.LastName, restored.Phones.Count));
        Assert.Equal("Ręcznie", await check.Contacts.Where(c => c.Id == edited).Select(c => c.LastName).SingleAsync());
        Assert.Equal(ImportStatus.Undone, (await database.ImportAsync(id)).Status);
    }

    [Fact]
    public async Task A_rep_cannot_undo_or_cancel_another_users_import()
    {
        var manager = await database.UserAsync("undo-idor-manager", Roles.Manager);
        var rep = await database.UserAsync("undo-idor-rep", Roles.SalesRep);
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Skip);
        await database.RunImportAsync(id, InMemoryImportTable.Of(PersonHeader, "Cudzy;Importowy;cudzy@undo-idor.pl;"));

        await using var db = database.Context(rep);
        var commands = database.ImportCommands(db, rep, new RecordingImportScheduler());
        Assert.True((await commands.UndoAsync(id, CancellationToken.None)).IsNotFound);
        Assert.True((await commands.CancelAsync(id, CancellationToken.None)).IsNotFound);
        Assert.Null(await new ImportQueries(db, rep).FindAsync(id, CancellationToken.None));
        Assert.Equal(ImportStatus.Completed, (await database.ImportAsync(id)).Status);
    }

    [Fact]
    public async Task The_error_file_repeats_the_header_and_the_failed_rows_with_a_reason_and_neutralises_formulas()
    {
        var manager = await database.UserAsync("errfile-manager", Roles.Manager);
        var id = await database.StartImportAsync(manager, ImportDuplicatePolicy.Skip);
        await database.RunImportAsync(id, InMemoryImportTable.Of(
            PersonHeader,
            "Dobra;Plikowa;dobra@errfile.pl;",
            "=1+1;Plikowa;zly-mail;",
            ";;;605 000 000"));

        await using var db = database.Context(manager);
        using var output = new MemoryStream();
        var labels = new ImportErrorLabels("Powód", (key, args) => key + (args.Count > 0 ? " (" + string.Join(", ", args) + ")" : string.Empty));
        Assert.True(await new ImportErrorFile(db, manager).WriteCsvAsync(id, output, labels, CancellationToken.None));

        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "Imię;Nazwisko;E-mail;Telefon;Powód",
            "'=1+1;Plikowa;zly-mail;;Validation.InvalidEmail (E-mail)",
            ";;;605 000 000;Contacts.NameRequired",
        ], lines);
        var summary = await new ImportQueries(db, manager).FindAsync(id, CancellationToken.None);
        Assert.Equal((1, 2, 100, "errfile-manager"), (summary!.Created, summary.Failed, summary.ProgressPercent, summary.CreatedBy));
    }
}
