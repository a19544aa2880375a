using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SimpleCrm.Application.Exports;

/// <summary>
/// The CSV side of every export: UTF-8 with a byte order mark (so Excel reads the diacritics), the
/// chosen delimiter, a neutralised header row, then rows written asynchronously as they arrive: a
/// response body takes no synchronous writes and memory holds a buffer, not the file.
/// </summary>
internal sealed class CsvTableWriter : IAsyncDisposable
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly StreamWriter _writer;

    private readonly CsvWriter _csv;

    private CsvTableWriter(Stream output, char delimiter)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        _csv = new CsvWriter(_writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter.ToString() });
    }

    public static async Task<CsvTableWriter> StartAsync(Stream output, char delimiter, IEnumerable<string> headers, CancellationToken cancellationToken)
    {
        await output.WriteAsync(ByteOrderMark, cancellationToken);
        var table = new CsvTableWriter(output, delimiter);
        await table.WriteRowAsync(headers.Select(CellNeutralizer.Neutralize));
        return table;
    }

    /// <summary>One row of cells, written as given (the caller neutralises text).</summary>
    public async Task WriteRowAsync(IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            _csv.WriteField(cell);
        }

        await _csv.NextRecordAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.FlushAsync();
        await _writer.FlushAsync();
        await _csv.DisposeAsync();
        await _writer.DisposeAsync();
    }
}
