using System.Text;
using SimpleCrm.Application.Imports.Reading;

// Not "...Tests.Imports": CA1716 reserves the word (a Visual Basic keyword) in public namespaces.
namespace SimpleCrm.Application.Tests.ImportReading;

public sealed class TextFileReadingTests
{
    static TextFileReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(65001, true, "Zażółć gęślą jaźń")]
    [InlineData(65001, false, "Zażółć gęślą jaźń")]
    [InlineData(1200, true, "Привет, Ąžuolas")]
    [InlineData(1201, true, "Привет, Ąžuolas")]
    [InlineData(1250, false, "Zażółć gęślą jaźń")]
    [InlineData(1257, false, "Ąžuolas, Šiauliai")]
    [InlineData(1251, false, "Привет")]
    [InlineData(1252, false, "Café Müller")]
    [InlineData(1250, false, "Ľubomír Šťastný, Žilina")]
    [InlineData(1250, false, "Łódź")]
    [InlineData(1257, false, "Jonas Petraitis, Klaipėda, Žalgirio g. 5")]
    [InlineData(1251, false, "Москва, улица Ленина, дом 5")]
    [InlineData(1252, false, "Ærøskøbing, Große Straße")]
    public async Task The_encoding_is_detected_and_the_text_decoded_with_it(int codePage, bool byteOrderMark, string word)
    {
        var bytes = Encode($"Name;City\n{word};Kraków\n", codePage, byteOrderMark);

        var probe = await ImportFileProbe.ProbeAsync(new MemoryStream(bytes), "people.csv", CancellationToken.None);

        Assert.True(probe.Succeeded, string.Join(",", probe.Failures));
        Assert.Equal(codePage, probe.Value!.Settings.CodePage);
        Assert.Equal(word, probe.Value.Preview[0].Cells[0].Text);
    }

    [Fact]
    public async Task A_chosen_encoding_overrides_the_guess()
    {
        var bytes = Encode("Name;City\nZażółć;Łódź\n", 1250, byteOrderMark: false);

        var probe = await ImportFileProbe.PreviewAsync(new MemoryStream(bytes), new ImportReadSettings(ImportFileFormat.Text, 1252, ';'), CancellationToken.None);

        Assert.Equal("Za¿ó³æ", probe.Value!.Preview[0].Cells[0].Text);
    }

    [Fact]
    public async Task A_chosen_delimiter_overrides_the_guess()
    {
        var bytes = Encoding.UTF8.GetBytes("Name;Note\nJan;a,b\n");

        var probe = await ImportFileProbe.PreviewAsync(new MemoryStream(bytes), new ImportReadSettings(ImportFileFormat.Text, Delimiter: ','), CancellationToken.None);

        Assert.Equal(["Name;Note"], probe.Value!.Headers);
        Assert.Equal(ImportReadMessages.RaggedRow, probe.Value.Preview[0].Problem);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public async Task The_delimiter_is_detected(char delimiter)
    {
        var d = delimiter.ToString();
        var bytes = Encoding.UTF8.GetBytes($"Name{d}Email{d}Phone\n\"Nowak, Jan; Jr|\t\"{d}jan@example.com{d}600\nAnna{d}anna@example.com{d}601\n");

        var probe = await ImportFileProbe.ProbeAsync(new MemoryStream(bytes), "people.txt", CancellationToken.None);

        Assert.Equal(delimiter, probe.Value!.Settings.Delimiter);
        Assert.Equal(["Name", "Email", "Phone"], probe.Value.Headers);
        Assert.Equal("Nowak, Jan; Jr|\t", probe.Value.Preview[0].Cells[0].Text);
    }

    [Fact]
    public async Task Quoted_fields_keep_their_delimiters_quotes_and_line_breaks()
    {
        var table = await OpenAsync("Name,Note\n\"Kowalski, Jan\",\"He said \"\"hi\"\"\nthen left\"\nAnna,ok\n");

        var rows = await RowsAsync(table);

        Assert.Equal("Kowalski, Jan", rows[0].Cells[0].Text);
        Assert.Equal("He said \"hi\"\nthen left", rows[0].Cells[1].Text);
        Assert.Equal("Anna", rows[1].Cells[0].Text);
        Assert.Equal(3, rows[1].Number);
    }

    [Fact]
    public async Task Ragged_rows_are_padded_or_cut_and_say_so()
    {
        var table = await OpenAsync("A;B;C\n1;2\n1;2;3;4\n1;2;3\n;;\n5;6;7\n");

        var rows = await RowsAsync(table);

        Assert.Equal(4, rows.Count);
        Assert.Equal([null, ImportReadMessages.RaggedRow], rows[0].Cells.Select(c => c.Text).Skip(2).Append(rows[0].Problem));
        Assert.Equal(3, rows[1].Cells.Count);
        Assert.Equal(ImportReadMessages.RaggedRow, rows[1].Problem);
        Assert.Null(rows[2].Problem);
        Assert.Equal("5", rows[3].Cells[0].Text);
    }

    [Fact]
    public async Task Skipped_rows_resume_after_a_checkpoint()
    {
        var table = await OpenAsync("A\n1\n2\n3\n");

        var rows = new List<ImportRow>();
        await foreach (var row in table.ReadRowsAsync(2, CancellationToken.None))
        {
            rows.Add(row);
        }

        Assert.Equal("3", Assert.Single(rows).Cells[0].Text);
    }

    [Fact]
    public async Task A_line_of_thirty_megabytes_is_cut_and_the_rows_after_it_are_read()
    {
        var content = new MemoryStream();
        await content.WriteAsync(Encoding.UTF8.GetBytes("Name,Note\nfirst,ok\nhuge,"));
        await content.WriteAsync(Encoding.UTF8.GetBytes(new string('x', 30 * 1024 * 1024)));
        await content.WriteAsync(Encoding.UTF8.GetBytes("\nlast,ok\n"));
        content.Position = 0;

        var table = (await ImportTableReader.OpenAsync(content, new ImportReadSettings(ImportFileFormat.Text), CancellationToken.None)).Value!;
        var rows = await RowsAsync(table);

        Assert.Equal(["first", null, "last"], rows.Select(r => r.Cells[0].Text));
        Assert.Equal(ImportReadMessages.LineTooLong, rows[1].Problem);
    }

    [Fact]
    public async Task A_file_that_is_one_huge_line_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('y', 6_000_000));

        var opened = await ImportTableReader.OpenAsync(new MemoryStream(bytes), new ImportReadSettings(ImportFileFormat.Text), CancellationToken.None);

        Assert.Equal(ImportReadMessages.LineTooLong, Assert.Single(opened.Failures).MessageKey);
    }

    internal static byte[] Encode(string text, int codePage, bool byteOrderMark)
    {
        var encoding = Encoding.GetEncoding(codePage);
        var body = encoding.GetBytes(text);
        return byteOrderMark ? [.. encoding.GetPreamble(), .. body] : body;
    }

    private static async Task<IImportTable> OpenAsync(string csv)
    {
        var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var guess = await ImportFileProbe.GuessAsync(content, "file.csv", CancellationToken.None);
        var opened = await ImportTableReader.OpenAsync(content, guess.Value!, CancellationToken.None);
        Assert.True(opened.Succeeded, string.Join(",", opened.Failures));
        return opened.Value!;
    }

    internal static async Task<List<ImportRow>> RowsAsync(IImportTable table)
    {
        var rows = new List<ImportRow>();
        await using (table)
        {
            await foreach (var row in table.ReadRowsAsync(0, CancellationToken.None))
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
