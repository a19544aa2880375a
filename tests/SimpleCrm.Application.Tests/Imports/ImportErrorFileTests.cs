using ClosedXML.Excel;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Imports.ImportFixture;

namespace SimpleCrm.Application.Tests.Imports;

/// <summary>The error file as a workbook: every failed row across the pages it is read in, as text, only for who may see the import.</summary>
public sealed class ImportErrorFileTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly ImportErrorLabels Labels = new("Powód", (key, args) => key + (args.Count > 0 ? " (" + string.Join(", ", args) + ")" : string.Empty));

    [Fact]
    public async Task The_xlsx_error_file_holds_every_failed_row_over_several_pages_as_text_with_a_reason()
    {
        var rep = await database.UserAsync("xlsx-rep", Roles.SalesRep);
        var id = await database.StartImportAsync(rep, ImportDuplicatePolicy.Skip);
        await using (var db = database.Context(rep))
        {
            var import = db.Imports.Single(i => i.Id == id);
            import.Headers = ImportJson.Write(new List<string> { "Imię", "Telefon" });
            db.ImportErrors.AddRange(Enumerable.Range(1, 2500).Select(n => new ImportError
            {
                ImportId = id, RowNumber = n + 1, MessageKey = "Validation.InvalidEmail",
                Cells = ImportJson.Write(new List<string?> { n == 1 ? "=SUM(A1:A9)" : $"Osoba {n}", "0048601000" + n }),
            }));
            await db.SaveChangesAsync();
        }

        await using var reader = database.Context(rep);
        using var output = new MemoryStream();
        Assert.True(await new ImportErrorFile(reader, rep).WriteXlsxAsync(id, output, Labels, "Błędy", CancellationToken.None));

        output.Position = 0;
        using var workbook = new XLWorkbook(output);
        var sheet = workbook.Worksheet("Błędy");
        Assert.Equal(["Imię", "Telefon", "Powód"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(2501, sheet.LastRowUsed().RowNumber());
        Assert.Equal("'=SUM(A1:A9)", sheet.Cell(2, 1).GetString());
        Assert.False(sheet.Cell(2, 1).HasFormula);
        Assert.Equal(("Osoba 2500", "00486010002500", "Validation.InvalidEmail"), (sheet.Cell(2501, 1).GetString(), sheet.Cell(2501, 2).GetString(), sheet.Cell(2501, 3).GetString()));
        Assert.Equal(XLDataType.Text, sheet.Cell(2501, 2).DataType);
    }

    [Fact]
    public async Task Another_reps_import_writes_no_xlsx_error_file()
    {
        var owner = await database.UserAsync("xlsx-owner", Roles.SalesRep);
        var other = await database.UserAsync("xlsx-other", Roles.SalesRep);
        var id = await database.StartImportAsync(owner, ImportDuplicatePolicy.Skip);

        await using var db = database.Context(other);
        using var output = new MemoryStream();
        Assert.False(await new ImportErrorFile(db, other).WriteXlsxAsync(id, output, Labels, "Errors", CancellationToken.None));
        Assert.Equal(0, output.Length);
    }
}
