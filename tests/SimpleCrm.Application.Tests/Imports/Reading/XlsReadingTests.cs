using SimpleCrm.Application.Imports.Reading;

// Not "...Tests.Imports": CA1716 reserves the word (a Visual Basic keyword) in public namespaces.
namespace SimpleCrm.Application.Tests.ImportReading;

public sealed class XlsReadingTests
{
    [Fact]
    public async Task A_legacy_workbook_reads_text_numbers_as_digits_and_dates_as_dates()
    {
        var content = new BiffWorkbook()
            .Sheet("Kontakty", (0, 0, "Imię"), (0, 1, "Telefon"), (0, 2, "Urodzony"), (1, 0, "Zażółć"), (1, 1, 48600123456d), (1, 2, BiffWorkbook.Date(new DateTime(1980, 5, 17))), (3, 0, "Anna"))
            .Build();

        var probe = await ImportFileProbe.ProbeAsync(content, "kontakty.xls", CancellationToken.None);

        Assert.True(probe.Succeeded, string.Join(",", probe.Failures));
        Assert.Equal(ImportFileFormat.Xls, probe.Value!.Settings.Format);
        Assert.Equal(["Imię", "Telefon", "Urodzony"], probe.Value.Headers);
        Assert.Equal(["Zażółć", "48600123456", "1980-05-17"], probe.Value.Preview[0].Cells.Select(c => c.Text));
        Assert.Equal([ImportCellKind.Text, ImportCellKind.Number, ImportCellKind.Date], probe.Value.Preview[0].Cells.Select(c => c.Kind));
        Assert.Equal((4, "Anna"), (probe.Value.Preview[1].Number, probe.Value.Preview[1].Cells[0].Text));
    }

    [Fact]
    public async Task A_chosen_sheet_of_a_legacy_workbook_is_read()
    {
        var content = new BiffWorkbook()
            .Sheet("First", (0, 0, "Ignored"), (1, 0, "x"))
            .Sheet("Leads", (0, 0, "Lead"), (1, 0, "Big deal"))
            .Build();

        var probe = await ImportFileProbe.PreviewAsync(content, new ImportReadSettings(ImportFileFormat.Xls, SheetName: "Leads"), CancellationToken.None);

        Assert.Equal(["First", "Leads"], probe.Value!.SheetNames);
        Assert.Equal("Big deal", probe.Value.Preview[0].Cells[0].Text);
    }

    [Fact]
    public async Task A_sheet_the_legacy_workbook_lacks_is_a_clean_failure()
    {
        var content = new BiffWorkbook().Sheet("First", (0, 0, "A"), (1, 0, "x")).Build();

        var opened = await ImportTableReader.OpenAsync(content, new ImportReadSettings(ImportFileFormat.Xls, SheetName: "Missing"), CancellationToken.None);

        Assert.Equal(ImportReadMessages.SheetNotFound, Assert.Single(opened.Failures).MessageKey);
    }
}
