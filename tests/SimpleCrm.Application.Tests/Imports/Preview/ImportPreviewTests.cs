using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Imports.ImportFixture;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Imports.Preview;

public sealed class ImportPreviewTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly ImportColumn[] ColumnsWithBirthDate =
        [.. PersonColumns, new ImportColumn(4, ImportTargetKind.Ignored), new ImportColumn(5, ImportTargetKind.Field, ImportFields.BirthDate)];

    [Fact]
    public async Task The_preview_shows_values_as_saved_with_each_rows_problems_and_what_the_update_policy_will_do_and_saves_nothing()
    {
        var manager = await database.UserAsync("prev-update-manager", Roles.Manager);
        await database.AddContactAsync(manager, APerson("Ewa", "Znana").WithEmails("ewa@preview.pl").Build());
        var table = InMemoryImportTable.Of(
            PersonHeader + ";Pominięta;Urodziny",
            "  Zofia ;Nowa;zofia@preview.pl;601 100 200;x;05.03.1990",
            "Ewa;Znana;EWA@preview.pl;;;",
            "Jan;Zły;jan(at)preview.pl;;;",
            "Zofia;Powtórzona;;+48 601-100-200;;",
            ";;bez@imienia.pl;;;",
            "Data;Zła;data@preview.pl;;;32.13.2020");

        var page = await PreviewAsync(manager, table, ImportDuplicatePolicy.Update, ColumnsWithBirthDate, "pl");

        Assert.Equal(["Imię", "Nazwisko", "E-mail", "Telefon", "Urodziny"], page.Columns.Select(c => c.Header).ToList());
        Assert.Equal(
            [ImportRowOutcome.Create, ImportRowOutcome.Update, ImportRowOutcome.Fail, ImportRowOutcome.Update, ImportRowOutcome.Fail, ImportRowOutcome.Fail],
            page.Rows.Select(r => r.Outcome).ToList());
        Assert.Equal([2, 3, 4, 5, 6, 7], page.Rows.Select(r => r.RowNumber).ToList());
        Assert.Equal(["Zofia", "Nowa", "zofia@preview.pl", "+48601100200", "1990-03-05"], page.Rows[0].Values.ToList());
        Assert.Empty(page.Rows[0].Problems);
        Assert.Equal([new Failure(ImportMessages.DuplicateExisting)], page.Rows[1].Problems.ToList());
        Assert.Equal([new Failure(Messages.InvalidEmail, "E-mail")], page.Rows[2].Problems.ToList());
        Assert.Null(page.Rows[2].Values[2]);
        Assert.Equal([new Failure(ImportMessages.DuplicateInFile, "2")], page.Rows[3].Problems.ToList());
        Assert.Equal(["Contacts.NameRequired"], page.Rows[4].Problems.Select(p => p.MessageKey).ToList());
        Assert.Equal([new Failure(ImportMessages.InvalidDate, "Urodziny")], page.Rows[5].Problems.ToList());
        Assert.Null(page.Rows[5].Values[4]);
        await using var check = database.Context(manager);
        Assert.False(await check.Contacts.AnyAsync(c => c.LastName == "Nowa" || c.LastName == "Powtórzona"));
        Assert.False(await check.Imports.AnyAsync(i => i.CreatedById == manager.UserId));
    }

    [Fact]
    public async Task Skip_skips_known_and_repeated_rows_a_duplicate_the_rep_may_not_see_is_skipped_unrevealed_and_create_anyway_creates_them()
    {
        var rep = await database.UserAsync("prev-skip-rep", Roles.SalesRep);
        var other = await database.UserAsync("prev-skip-other", Roles.SalesRep);
        await database.AddContactAsync(rep, APerson("Mój", "Kontakt").WithEmails("moj@skip-preview.pl").OwnedBy(rep.UserId).Build());
        await database.AddContactAsync(other, APerson("Cudzy", "Kontakt").WithEmails("cudzy@skip-preview.pl").OwnedBy(other.UserId).Build());
        var table = InMemoryImportTable.Of(
            PersonHeader,
            "Mój;Kontakt;moj@skip-preview.pl;",
            "Cudzy;Kontakt;cudzy@skip-preview.pl;",
            "Nowy;Kontakt;nowy@skip-preview.pl;",
            "Nowy;Drugi;NOWY@skip-preview.pl;");

        var skip = await PreviewAsync(rep, table, ImportDuplicatePolicy.Skip);
        var createAnyway = await PreviewAsync(rep, table, ImportDuplicatePolicy.CreateAnyway);

        Assert.Equal(
            [ImportRowOutcome.SkipDuplicate, ImportRowOutcome.SkipDuplicate, ImportRowOutcome.Create, ImportRowOutcome.SkipDuplicate],
            skip.Rows.Select(r => r.Outcome).ToList());
        Assert.Equal(
            [ImportMessages.DuplicateExisting, ImportMessages.DuplicateNotVisible, null, ImportMessages.DuplicateInFile],
            skip.Rows.Select(r => r.Problems.SingleOrDefault()?.MessageKey).ToList());
        Assert.All(createAnyway.Rows, r => Assert.Equal(ImportRowOutcome.Create, r.Outcome));
        Assert.Equal(
            [ImportMessages.DuplicateExisting, null, null, ImportMessages.DuplicateInFile],
            createAnyway.Rows.Select(r => r.Problems.SingleOrDefault()?.MessageKey).ToList());
    }

    [Theory]
    [InlineData("pl", "05.03.2026")]
    [InlineData("en-US", "3/5/2026")]
    public async Task Dates_are_read_in_the_uploaders_culture(string culture, string date)
    {
        var manager = await database.UserAsync("prev-culture-" + culture, Roles.Manager);
        var table = InMemoryImportTable.Of(PersonHeader + ";;Urodziny", $"Data;Kulturowa;;;;{date}");

        var page = await PreviewAsync(manager, table, ImportDuplicatePolicy.Skip, ColumnsWithBirthDate, culture);

        Assert.Equal("2026-03-05", page.Rows.Single().Values[4]);
    }

    [Fact]
    public async Task Only_the_first_fifty_rows_are_previewed()
    {
        var manager = await database.UserAsync("prev-fifty-manager", Roles.Manager);
        var table = InMemoryImportTable.Of(PersonHeader, [.. Enumerable.Range(1, 80).Select(i => $"Osoba;Numer{i};;")]);

        var page = await PreviewAsync(manager, table, ImportDuplicatePolicy.Skip);

        Assert.Equal(ImportPreview.RowCount, page.Rows.Count);
        Assert.Equal("Numer50", page.Rows[^1].Values[1]);
    }

    private async Task<ImportPreviewPage> PreviewAsync(
        ICurrentUser user, InMemoryImportTable table, ImportDuplicatePolicy policy, IReadOnlyList<ImportColumn>? columns = null, string culture = "en")
    {
        await using var db = database.Context(user);
        var preview = new ImportPreview(db, user, new InMemoryTableOpener(table), database.Phones, database.Clock);
        var result = await preview.PreviewAsync(new ImportRequest(
            ImportEntityType.Contact, "kontakty.csv", "0123456789abcdef0123456789abcdef", new ImportReadSettings(ImportFileFormat.Text, 1250, ';'),
            columns ?? PersonColumns, new ImportDefaults(), policy, Culture: culture), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value!;
    }
}
