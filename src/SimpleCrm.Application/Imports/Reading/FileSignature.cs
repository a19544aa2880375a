namespace SimpleCrm.Application.Imports.Reading;

/// <summary>A file's format by its first bytes: a zip (XLSX, if it holds a workbook), an OLE2 compound file (XLS), or text.</summary>
internal static class FileSignature
{
    public static ImportFileFormat Of(ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\u0003\u0004"u8) ? ImportFileFormat.Xlsx
        : head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? ImportFileFormat.Xls
        : ImportFileFormat.Text;
}
