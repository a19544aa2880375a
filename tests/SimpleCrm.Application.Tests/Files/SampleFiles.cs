using System.IO.Compression;
using System.Text;

namespace SimpleCrm.Application.Tests.Files;

/// <summary>Small files of each kind the upload checks, built in memory.</summary>
public static class SampleFiles
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The start of a Windows program ("MZ" header), as someone would rename it to .pdf.</summary>
    public static byte[] Exe { get; } = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8, 0x00];

    public static byte[] Png { get; } = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Jpeg { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];

    public static byte[] Gif { get; } = Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00");

    public static byte[] Webp { get; } = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8];

    public static byte[] Ole { get; } = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00];

    public static byte[] Text { get; } = Encoding.UTF8.GetBytes("Nazwa;Miasto\nŻurawie;Łódź\nКраны;Вильнюс\n");

    public static byte[] TextWithNul { get; } = [.. "abc"u8, 0x00, .. "def"u8];

    /// <summary>Windows-1250 "Łódź": not UTF-8.</summary>
    public static byte[] NotUtf8 { get; } = [0xA3, 0xF3, 0x64, 0x9F];

    public static byte[] Docx { get; } = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Xlsx { get; } = Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Odt { get; } = Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    /// <summary>A zip with none of an office document's parts.</summary>
    public static byte[] PlainZip { get; } = Zip(("readme.txt", "hello"));

    public static byte[] Sized(int length) => [.. Pdf, .. Enumerable.Repeat((byte)'x', Math.Max(0, length - Pdf.Length))];

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.ASCII);
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
