using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using SimpleCrm.Application.Imports.Reading;
using Xunit.Abstractions;

// Not "...Tests.Imports": CA1716 reserves the word (a Visual Basic keyword) in public namespaces.
namespace SimpleCrm.Application.Tests.ImportReading;

/// <summary>
/// Not a timed test: reads 100 000-row files end to end and prints how long it took and the process's
/// peak working set, the figures the import's budget is checked against (filter on Category=Throughput).
/// </summary>
[Trait("Category", "Throughput")]
public sealed class ReadingThroughputTests(ITestOutputHelper output)
{
    private const int Rows = 100_000;

    private const string Header = "First name;Last name;Company;Email;Phone;City;Tags;Born";

    [Fact]
    public async Task A_hundred_thousand_row_csv_is_streamed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var writer = new StreamWriter(path, false, new UTF8Encoding(true)))
            {
                await writer.WriteLineAsync(Header);
                for (var i = 0; i < Rows; i++)
                {
                    await writer.WriteLineAsync($"Jan{i};Kowalski-Żółć;\"Firma {i}, sp. z o.o.\";jan{i}@example.com;48600{i:D6};Kraków;VIP, hurt;17.05.1980");
                }
            }

            await using var content = File.OpenRead(path);
            var count = await MeasureAsync("CSV", content);

            Assert.Equal(Rows, count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_hundred_thousand_row_workbook_is_streamed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.xlsx");
        try
        {
            await WriteWorkbookAsync(path);
            await using var content = File.OpenRead(path);
            var count = await MeasureAsync("XLSX", content);

            Assert.Equal(Rows, count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<int> MeasureAsync(string name, Stream content)
    {
        var clock = Stopwatch.StartNew();
        var guess = await ImportFileProbe.GuessAsync(content, "contacts", CancellationToken.None);
        var opened = await ImportTableReader.OpenAsync(content, guess.Value!, CancellationToken.None);
        var count = 0;
        await using (var table = opened.Value!)
        {
            await foreach (var row in table.ReadRowsAsync(0, CancellationToken.None))
            {
                count += row.Cells[3].Text is null ? 0 : 1;
            }
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine($"{name}: {count} rows read in {clock.Elapsed.TotalSeconds:0.00} s; file {content.Length / 1024 / 1024} MB; peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB; managed heap now {GC.GetTotalMemory(false) / 1024 / 1024} MB");
        return count;
    }

    /// <summary>Written by hand as the smallest valid package, so building the file costs neither time nor memory (ClosedXML would hold it all).</summary>
    private static async Task WriteWorkbookAsync(string path)
    {
        await using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        await WriteEntryAsync(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        await WriteEntryAsync(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        await WriteEntryAsync(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Contacts" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        await WriteEntryAsync(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        await using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
        await sheet.WriteAsync("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        await sheet.WriteAsync(Row(1, Header.Split(';')));
        for (var i = 0; i < Rows; i++)
        {
            await sheet.WriteAsync(Row(i + 2, [$"Jan{i}", "Kowalski-Żółć", $"Firma {i}", $"jan{i}@example.com", null, "Kraków", "VIP, hurt", null], phone: 48600000000 + i));
        }

        await sheet.WriteAsync("</sheetData></worksheet>");
    }

    private static string Row(int number, string?[] texts, long? phone = null)
    {
        var row = new StringBuilder($"<row r=\"{number}\">");
        for (var c = 0; c < texts.Length; c++)
        {
            var reference = $"{(char)('A' + c)}{number}";
            if (texts[c] is { } text)
            {
                row.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>");
            }
            else if (phone is { } value && c == 4)
            {
                row.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{value}</v></c>");
            }
        }

        return row.Append("</row>").ToString();
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, string text)
    {
        await using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        await writer.WriteAsync(text);
    }
}
