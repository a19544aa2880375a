using System.Text;
using SimpleCrm.Application.Imports.Reading;

// Not "...Tests.Imports": CA1716 reserves the word (a Visual Basic keyword) in public namespaces.
namespace SimpleCrm.Application.Tests.ImportReading;

public sealed class GarbageFileTests
{
    public static TheoryData<string, byte[]> Garbage => new()
    {
        { ImportReadMessages.EmptyFile, [] },
        { ImportReadMessages.EmptyFile, Encoding.UTF8.GetBytes("\r\n\r\n") },
        { ImportReadMessages.NoDataRows, Encoding.UTF8.GetBytes("Name;Email\r\n") },
        { ImportReadMessages.NoDataRows, Encoding.UTF8.GetBytes("Name;Email\r\n;\r\n") },
        { ImportReadMessages.BinaryFile, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00, 0x01, 0x00] },
        { ImportReadMessages.BinaryFile, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52] },
        { ImportReadMessages.UnsupportedEncoding, [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x3B, 0x00, 0x00, 0x00] },
        { ImportReadMessages.UnsupportedEncoding, Encoding.GetEncoding("IBM037").GetBytes("NAME;CITY\u0085JAN KOWALSKI;KRAKOW\u0085ANNA NOWAK;VILNIUS\u0085") },
        { ImportReadMessages.DuplicateHeader, Encoding.UTF8.GetBytes("Name;Email;name\r\nJan;j@x.pl;J\r\n") },
        { ImportReadMessages.NotASpreadsheet, [(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0, 0, 0] },
    };

    static GarbageFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_gets_a_message_not_an_exception(string messageKey, byte[] bytes)
    {
        var content = new MemoryStream(bytes);

        var probe = await ImportFileProbe.ProbeAsync(content, "contacts.csv", CancellationToken.None);
        var opened = await ImportTableReader.OpenAsync(content, new ImportReadSettings(ImportFileFormat.Text, Delimiter: ';'), CancellationToken.None);

        Assert.Equal(messageKey, Assert.Single(probe.Failures).MessageKey);
        Assert.Equal(messageKey, Assert.Single(opened.Failures).MessageKey);
    }

    [Fact]
    public async Task An_empty_header_is_named_after_its_column()
    {
        var probe = await ImportFileProbe.ProbeAsync(new MemoryStream(Encoding.UTF8.GetBytes("Name;;Email\nJan;x;j@x.pl\n")), "a.csv", CancellationToken.None);

        Assert.Equal(["Name", "Column 2", "Email"], probe.Value!.Headers);
    }

    [Fact]
    public async Task An_encoding_we_do_not_read_cannot_be_chosen()
    {
        var opened = await ImportTableReader.OpenAsync(new MemoryStream("A\n1\n"u8.ToArray()), new ImportReadSettings(ImportFileFormat.Text, 12000), CancellationToken.None);

        Assert.Equal(ImportReadMessages.UnsupportedEncoding, Assert.Single(opened.Failures).MessageKey);
    }
}
