using System.Runtime.CompilerServices;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Tests.Imports;

/// <summary>
/// A file already read: a header and text rows, streamed as a reader would. <see cref="CrashAfterRows"/>
/// makes it throw once that many rows were handed out (counting from the start of the file), as a
/// process killed mid-batch would stop.
/// </summary>
public sealed class InMemoryImportTable(IReadOnlyList<string> headers, IReadOnlyList<string?[]> rows) : IImportTable
{
    public IReadOnlyList<string> Headers { get; } = headers;

    public int? CrashAfterRows { get; init; }

    /// <summary>How many rows the last read skipped: a resumed run must skip the committed ones.</summary>
    public int LastSkipped { get; private set; }

    public static InMemoryImportTable Of(string header, params string[] lines) =>
        new(header.Split(';'), [.. lines.Select(l => l.Split(';').Select(c => (string?)c).ToArray())]);

    public async IAsyncEnumerable<ImportRow> ReadRowsAsync(int skipRows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        LastSkipped = skipRows;
        for (var i = skipRows; i < rows.Count; i++)
        {
            if (i == CrashAfterRows)
            {
                throw new IOException("The process died.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new ImportRow(i + 2, [.. rows[i].Select(ImportCell.Of)]);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
