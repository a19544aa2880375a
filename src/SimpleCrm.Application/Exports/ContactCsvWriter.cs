using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SimpleCrm.Application.Exports;

/// <summary>
/// Writes contacts as CSV in UTF-8 with a byte order mark (so Excel reads the diacritics), with the
/// chosen delimiter, asynchronously as rows arrive: a response body takes no synchronous writes and
/// memory holds a buffer, not the file.
/// </summary>
public static class ContactCsvWriter
{
    public const string ContentType = "text/csv";

    /// <summary>Comma, or semicolon where Excel's list separator is one (pl, lt, sk, ru).</summary>
    public static IReadOnlyList<char> Delimiters { get; } = [',', ';'];

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static async Task WriteAsync(
        Stream output, IAsyncEnumerable<ContactExportRow> rows, ContactExportLabels labels, char delimiter, CancellationToken cancellationToken)
    {
        if (!Delimiters.Contains(delimiter))
        {
            throw new ArgumentOutOfRangeException(nameof(delimiter), delimiter, "Only a comma or a semicolon.");
        }

        await output.WriteAsync(ByteOrderMark, cancellationToken);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter.ToString() };
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, configuration);
        foreach (var header in labels.Headers)
        {
            csv.WriteField(CellNeutralizer.Neutralize(header));
        }

        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var cells = labels.TextCells(row);
            cells[ContactExportLabels.CreatedColumn] = row.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            foreach (var cell in cells)
            {
                csv.WriteField(cell);
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        await writer.FlushAsync(cancellationToken);
    }
}
