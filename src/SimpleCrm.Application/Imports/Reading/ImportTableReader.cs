using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Opens an uploaded file as a table with the reader its content calls for, checked again here whatever
/// the settings say (a zip named .xlsx without a workbook, a binary named .csv). Every file that cannot be
/// read comes back as a failure with a message key, never as an exception. The stream must be seekable
/// and stays the caller's; it must outlive the table.
/// </summary>
public static class ImportTableReader
{
    /// <summary>How many bytes the probe and the checks look at.</summary>
    internal const int SampleLength = 64 * 1024;

    public static async Task<Result<IImportTable>> OpenAsync(Stream content, ImportReadSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(settings);
        content.Position = 0;
        var sample = await ReadSampleAsync(content, cancellationToken);
        if (sample.Length == 0)
        {
            return Fail(ImportReadMessages.EmptyFile);
        }

        var format = FileSignature.Of(sample);
        if (format != settings.Format && format != ImportFileFormat.Text)
        {
            // A workbook is read as the workbook it is, whatever format was asked for.
            settings = settings with { Format = format };
        }

        switch (settings.Format)
        {
            case ImportFileFormat.Xlsx when format == ImportFileFormat.Xlsx:
                return WorkbookArchiveCheck.Check(content) is { } refused
                    ? Fail(refused)
                    : await XlsxImportTable.OpenAsync(content, settings, cancellationToken);
            case ImportFileFormat.Xls when format == ImportFileFormat.Xls:
                return await XlsImportTable.OpenAsync(content, settings, cancellationToken);
            case ImportFileFormat.Text:
                if (TextEncodingGuess.Guess(sample, out var unsupported) is null && !IsUnicode(settings.CodePage))
                {
                    return Fail(unsupported ? ImportReadMessages.UnsupportedEncoding : ImportReadMessages.BinaryFile);
                }

                return await CsvImportTable.OpenAsync(content, settings, cancellationToken);
            default:
                return Fail(ImportReadMessages.NotASpreadsheet);
        }
    }

    internal static async Task<byte[]> ReadSampleAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[SampleLength];
        var length = await content.ReadAtLeastAsync(buffer, SampleLength, throwOnEndOfStream: false, cancellationToken);
        content.Position = 0;
        return buffer[..length];
    }

    /// <summary>UTF-16 chosen by the user is full of NULs, which is no reason to call it binary.</summary>
    private static bool IsUnicode(int codePage) => codePage is ImportEncodings.Utf16LittleEndian or ImportEncodings.Utf16BigEndian;

    private static Result<IImportTable> Fail(string key) => Result<IImportTable>.Fail(new Failure(key));
}
