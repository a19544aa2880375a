namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// A file being imported, read as a table: the first row's column names, then the data rows one at
/// a time (empty rows skipped), streamed so a 100 000-row file is never held in memory. CSV/TSV,
/// XLSX and XLS each have their reader.
/// </summary>
public interface IImportTable : IAsyncDisposable
{
    IReadOnlyList<string> Headers { get; }

    /// <summary>The rows after the header; <paramref name="skipRows"/> data rows are passed over first (resuming after a checkpoint).</summary>
    IAsyncEnumerable<ImportRow> ReadRowsAsync(int skipRows, CancellationToken cancellationToken);
}
