using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Looks at an uploaded file before it is imported: its format by content (magic bytes, not the name),
/// for text its encoding and delimiter, and a preview read with those settings or the user's.
/// </summary>
public static class ImportFileProbe
{
    public const int PreviewRows = 20;

    /// <summary>Guesses the settings and previews the file with them.</summary>
    public static async Task<Result<ImportProbe>> ProbeAsync(Stream content, string? fileName, CancellationToken cancellationToken)
    {
        var guess = await GuessAsync(content, fileName, cancellationToken);
        return guess.Succeeded ? await PreviewAsync(content, guess.Value!, cancellationToken) : Result<ImportProbe>.Fail(guess.Failures);
    }

    /// <summary>The settings the file would be read with; a failure when it is empty, binary or in an encoding we do not read.</summary>
    public static async Task<Result<ImportReadSettings>> GuessAsync(Stream content, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        var sample = await ImportTableReader.ReadSampleAsync(content, cancellationToken);
        if (sample.Length == 0)
        {
            return Result<ImportReadSettings>.Fail(new Failure(ImportReadMessages.EmptyFile));
        }

        var format = FileSignature.Of(sample);
        if (format != ImportFileFormat.Text)
        {
            return Result<ImportReadSettings>.Ok(new ImportReadSettings(format));
        }

        if (TextEncodingGuess.Guess(sample, out var unsupported) is not { } codePage)
        {
            return Result<ImportReadSettings>.Fail(new Failure(unsupported ? ImportReadMessages.UnsupportedEncoding : ImportReadMessages.BinaryFile));
        }

        var complete = sample.Length < ImportTableReader.SampleLength;
        var text = Decode(sample, codePage, complete);
        var delimiter = fileName?.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) == true && text.Contains('\t', StringComparison.Ordinal)
            ? '\t'
            : DelimiterGuess.Guess(text, complete);
        return Result<ImportReadSettings>.Ok(new ImportReadSettings(ImportFileFormat.Text, codePage, delimiter));
    }

    /// <summary>The file read with the given settings: its sheets, column names and first rows.</summary>
    public static async Task<Result<ImportProbe>> PreviewAsync(Stream content, ImportReadSettings settings, CancellationToken cancellationToken)
    {
        var opened = await ImportTableReader.OpenAsync(content, settings, cancellationToken);
        if (!opened.Succeeded)
        {
            return Result<ImportProbe>.Fail(opened.Failures);
        }

        var sheets = settings.Format switch
        {
            ImportFileFormat.Xlsx => XlsxImportTable.SheetNames(content),
            ImportFileFormat.Xls => XlsImportTable.SheetNames(content),
            _ => [],
        };

        var rows = new List<ImportRow>();
        await using (var table = opened.Value!)
        {
            await foreach (var row in table.ReadRowsAsync(0, cancellationToken))
            {
                rows.Add(row);
                if (rows.Count == PreviewRows)
                {
                    break;
                }
            }

            content.Position = 0;
            return Result<ImportProbe>.Ok(new ImportProbe(settings, sheets, table.Headers, rows));
        }
    }

    /// <summary>The sample as text, its byte order mark left out and a character cut by the sample's end dropped.</summary>
    private static string Decode(byte[] sample, int codePage, bool complete)
    {
        var encoding = ImportEncodings.Get(codePage);
        var preamble = encoding.GetPreamble();
        var start = sample.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        var decoder = encoding.GetDecoder();
        var chars = new char[encoding.GetMaxCharCount(sample.Length)];
        var count = decoder.GetChars(sample, start, sample.Length - start, chars, 0, flush: complete);
        return new string(chars, 0, count);
    }
}
