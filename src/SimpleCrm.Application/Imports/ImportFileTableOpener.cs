using SimpleCrm.Application.Files;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// Opens an import's stored file with the readers of Imports/Reading and the settings the user
/// confirmed. The table owns the file's stream and closes it with itself. A file that can no longer
/// be read (changed on disk, deleted) is an exception here: the run records it as the import's failure.
/// </summary>
public sealed class ImportFileTableOpener(FileStore store) : IImportTableOpener
{
    public async Task<IImportTable> OpenAsync(Import import, CancellationToken cancellationToken)
    {
        var stream = store.OpenRead(import.StoredFileName);
        try
        {
            var opened = await ImportTableReader.OpenAsync(stream, import.ReadSettings, cancellationToken);
            if (!opened.Succeeded)
            {
                throw new InvalidOperationException($"The stored file of import {import.Id} cannot be read: {string.Join(", ", opened.Failures.Select(f => f.MessageKey))}.");
            }

            return new OwningTable(opened.Value!, stream);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>The reader's table, closing the file's stream after it (the reader leaves the stream to its caller).</summary>
    private sealed class OwningTable(IImportTable table, Stream stream) : IImportTable
    {
        public IReadOnlyList<string> Headers => table.Headers;

        public IAsyncEnumerable<ImportRow> ReadRowsAsync(int skipRows, CancellationToken cancellationToken) => table.ReadRowsAsync(skipRows, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await table.DisposeAsync();
            await stream.DisposeAsync();
        }
    }
}
