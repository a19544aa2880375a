using System.Globalization;

namespace SimpleCrm.Application.Exports;

/// <summary>
/// Writes contacts as CSV (<see cref="CsvTableWriter"/>: UTF-8 with a byte order mark, the chosen
/// delimiter, asynchronously as rows arrive).
/// </summary>
public static class ContactCsvWriter
{
    public const string ContentType = "text/csv";

    /// <summary>Comma, or semicolon where Excel's list separator is one (pl, lt, sk, ru).</summary>
    public static IReadOnlyList<char> Delimiters { get; } = [',', ';'];

    public static async Task WriteAsync(
        Stream output, IAsyncEnumerable<ContactExportRow> rows, ContactExportLabels labels, char delimiter, CancellationToken cancellationToken)
    {
        if (!Delimiters.Contains(delimiter))
        {
            throw new ArgumentOutOfRangeException(nameof(delimiter), delimiter, "Only a comma or a semicolon.");
        }

        await using var table = await CsvTableWriter.StartAsync(output, delimiter, labels.Headers, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var cells = labels.TextCells(row);
            cells[ContactExportLabels.CreatedColumn] = row.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            await table.WriteRowAsync(cells);
        }
    }
}
