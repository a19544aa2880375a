using System.IO.Compression;
using System.Text;

namespace SimpleCrm.Application.Files;

/// <summary>
/// The allow-list of uploads: a file is taken only when its extension is on the list AND its content
/// is what that extension promises (magic bytes; the inside of zip-based office files; valid UTF-8
/// without NULs for text). A program renamed to .pdf is refused.
/// </summary>
public static class FileTypes
{
    public const string Pdf = "application/pdf";
    public const string OctetStream = "application/octet-stream";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif87Magic = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89Magic = "GIF89a"u8.ToArray();
    private static readonly byte[] RiffMagic = "RIFF"u8.ToArray();
    private static readonly byte[] WebpMagic = "WEBP"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".pdf"] = Pdf,
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
    };

    /// <summary>The extensions accepted, for the file input's accept attribute and the message.</summary>
    public static IReadOnlyCollection<string> Extensions => ContentTypes.Keys;

    public static bool IsAllowedExtension(string extension) => ContentTypes.ContainsKey(extension.ToLowerInvariant());

    /// <summary>Whether a download may be shown inline by the browser's own viewer: images and PDF; anything else is served as bytes.</summary>
    public static bool IsViewable(string contentType) => contentType == Pdf || contentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>The content type of a file whose content matches its extension; null when it does not or the extension is not allowed.</summary>
    public static string? Detect(Stream content, string extension)
    {
        extension = extension.ToLowerInvariant();
        if (!ContentTypes.TryGetValue(extension, out var contentType))
        {
            return null;
        }

        var head = new byte[16];
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var start = head.AsSpan(0, length);
        var matches = extension switch
        {
            ".pdf" => start.StartsWith(PdfMagic),
            ".png" => start.StartsWith(PngMagic),
            ".jpg" or ".jpeg" => start.StartsWith(JpegMagic),
            ".gif" => start.StartsWith(Gif87Magic) || start.StartsWith(Gif89Magic),
            ".webp" => start.StartsWith(RiffMagic) && length >= 12 && start[8..12].SequenceEqual(WebpMagic),
            ".docx" => start.StartsWith(ZipMagic) && IsOfficeOpenXml(content, "word/"),
            ".xlsx" => start.StartsWith(ZipMagic) && IsOfficeOpenXml(content, "xl/"),
            ".pptx" => start.StartsWith(ZipMagic) && IsOfficeOpenXml(content, "ppt/"),
            ".odt" => start.StartsWith(ZipMagic) && IsOpenDocumentText(content),
            ".doc" or ".xls" => start.StartsWith(OleMagic),
            _ => IsUtf8Text(content),
        };
        return matches ? contentType : null;
    }

    /// <summary>A zip with the OOXML content-types part and the folder of its application; only the directory is read, never the content (no zip bomb).</summary>
    private static bool IsOfficeOpenXml(Stream content, string folder) => InZip(content, zip =>
        zip.GetEntry("[Content_Types].xml") is not null && zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal)));

    /// <summary>A zip whose "mimetype" entry names an OpenDocument text; that entry is a few dozen bytes, read with a cap.</summary>
    private static bool IsOpenDocumentText(Stream content) => InZip(content, zip =>
    {
        var entry = zip.GetEntry("mimetype");
        if (entry is null || entry.Length > 100)
        {
            return false;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim() == ContentTypes[".odt"];
    });

    private static bool InZip(Stream content, Func<ZipArchive, bool> test)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return test(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static bool IsUtf8Text(Stream content)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            using var reader = new StreamReader(content, strict, detectEncodingFromByteOrderMarks: false, bufferSize: 81920, leaveOpen: true);
            var buffer = new char[81920];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (buffer.AsSpan(0, read).Contains('\0'))
                {
                    return false;
                }
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
