using System.IO.Compression;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Looks inside a zip before the spreadsheet reader does: it must hold a workbook (a .docx or any zip
/// renamed .xlsx does not), and must not be a zip bomb (ASVS 12.1.2): the sizes it declares are capped in
/// total and in how far one entry inflates. The declared sizes are what the reader's inflater is given.
/// </summary>
internal static class WorkbookArchiveCheck
{
    public const long MaxUncompressedBytes = 500L * 1024 * 1024;

    /// <summary>Spreadsheet XML compresses well, 10 to 30 times; a bomb a thousand times and more.</summary>
    public const long MaxRatio = 200;

    /// <summary>Small entries are not worth a ratio check.</summary>
    private const long RatioFloorBytes = 1024 * 1024;

    /// <summary>Null when the zip may be read; otherwise the message key of why not.</summary>
    public static string? Check(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            var workbook = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                workbook |= string.Equals(entry.FullName, "xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                if (total > MaxUncompressedBytes
                    || (entry.Length > RatioFloorBytes && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength)))
                {
                    return ImportReadMessages.TooLargeWorkbook;
                }
            }

            return workbook ? null : ImportReadMessages.NotASpreadsheet;
        }
        catch (InvalidDataException)
        {
            return ImportReadMessages.NotASpreadsheet;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
