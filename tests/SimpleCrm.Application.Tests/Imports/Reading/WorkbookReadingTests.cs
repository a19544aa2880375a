using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using SimpleCrm.Application.Imports.Reading;

// Not "...Tests.Imports": CA1716 reserves the word (a Visual Basic keyword) in public namespaces.
namespace SimpleCrm.Application.Tests.ImportReading;

public sealed class WorkbookReadingTests
{
    [Fact]
    public async Task Numbers_stay_digits_dates_are_dates_and_empty_rows_are_skipped()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Contacts");
        sheet.Cell(1, 1).Value = "Name";
        sheet.Cell(1, 2).Value = "Phone";
        sheet.Cell(1, 3).Value = "Big";
        sheet.Cell(1, 4).Value = "Born";
        sheet.Cell(1, 5).Value = "Amount";
        sheet.Cell(2, 1).Value = "Jan";
        sheet.Cell(2, 2).Value = 48600123456d;
        sheet.Cell(2, 3).Value = 1.5E+10;
        sheet.Cell(2, 4).Value = new DateTime(1980, 5, 17);
        sheet.Cell(2, 5).Value = 1234.5;
        sheet.Cell(4, 1).Value = "Anna";

        var rows = await RowsAsync(workbook, null);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new ImportCell("48600123456", ImportCellKind.Number), rows[0].Cells[1]);
        Assert.Equal("15000000000", rows[0].Cells[2].Text);
        Assert.Equal(new ImportCell("1980-05-17", ImportCellKind.Date), rows[0].Cells[3]);
        Assert.Equal("1234.5", rows[0].Cells[4].Text);
        Assert.Equal(4, rows[1].Number);
    }

    [Fact]
    public async Task A_chosen_sheet_is_read_instead_of_the_first()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("First").Cell(1, 1).Value = "Ignored";
        var second = workbook.AddWorksheet("Leads");
        second.Cell(1, 1).Value = "Lead";
        second.Cell(2, 1).Value = "Big deal";

        var content = Save(workbook);
        var probe = await ImportFileProbe.PreviewAsync(content, new ImportReadSettings(ImportFileFormat.Xlsx, SheetName: "Leads"), CancellationToken.None);

        Assert.Equal(["First", "Leads"], probe.Value!.SheetNames);
        Assert.Equal(["Lead"], probe.Value.Headers);
        Assert.Equal("Big deal", probe.Value.Preview[0].Cells[0].Text);
    }

    [Fact]
    public async Task The_probe_knows_a_workbook_by_its_content_whatever_its_name()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sheet1");
        sheet.Cell(1, 1).Value = "Name";
        sheet.Cell(2, 1).Value = "Jan";

        var probe = await ImportFileProbe.ProbeAsync(Save(workbook), "contacts.csv", CancellationToken.None);

        Assert.Equal(ImportFileFormat.Xlsx, probe.Value!.Settings.Format);
        Assert.Equal("Jan", probe.Value.Preview[0].Cells[0].Text);
    }

    [Fact]
    public async Task A_zip_that_holds_no_workbook_is_not_a_spreadsheet()
    {
        var content = new MemoryStream();
        using (var zip = new ZipArchive(content, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("word/document.xml").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("<document/>"));
        }

        var opened = await ImportTableReader.OpenAsync(content, new ImportReadSettings(ImportFileFormat.Xlsx), CancellationToken.None);

        Assert.Equal(ImportReadMessages.NotASpreadsheet, Assert.Single(opened.Failures).MessageKey);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_inflated()
    {
        var content = new MemoryStream();
        using (var zip = new ZipArchive(content, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml");
            await using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            await entry.WriteAsync(new byte[600 * 1024 * 1024 / 16]);
            for (var i = 0; i < 15; i++)
            {
                await entry.WriteAsync(new byte[600 * 1024 * 1024 / 16]);
            }
        }

        var opened = await ImportTableReader.OpenAsync(content, new ImportReadSettings(ImportFileFormat.Xlsx), CancellationToken.None);

        Assert.Equal(ImportReadMessages.TooLargeWorkbook, Assert.Single(opened.Failures).MessageKey);
    }

    [Fact]
    public async Task A_corrupt_workbook_is_a_clean_failure()
    {
        var content = new MemoryStream();
        using (var zip = new ZipArchive(content, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("xl/workbook.xml").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("<not a workbook"));
        }

        var opened = await ImportTableReader.OpenAsync(content, new ImportReadSettings(ImportFileFormat.Xlsx), CancellationToken.None);

        Assert.Equal(ImportReadMessages.CorruptWorkbook, Assert.Single(opened.Failures).MessageKey);
    }

    [Fact]
    public async Task An_ole2_file_that_is_no_workbook_is_a_clean_failure()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];

        var opened = await ImportTableReader.OpenAsync(new MemoryStream(bytes), new ImportReadSettings(ImportFileFormat.Xls), CancellationToken.None);

        Assert.Equal(ImportReadMessages.CorruptWorkbook, Assert.Single(opened.Failures).MessageKey);
    }

    internal static MemoryStream Save(XLWorkbook workbook)
    {
        var content = new MemoryStream();
        workbook.SaveAs(content);
        content.Position = 0;
        return content;
    }

    private static async Task<List<ImportRow>> RowsAsync(XLWorkbook workbook, string? sheet)
    {
        var opened = await ImportTableReader.OpenAsync(Save(workbook), new ImportReadSettings(ImportFileFormat.Xlsx, SheetName: sheet), CancellationToken.None);
        Assert.True(opened.Succeeded, string.Join(",", opened.Failures));
        return await TextFileReadingTests.RowsAsync(opened.Value!);
    }
}
