using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Tests.Imports;

/// <summary>Hands the run the table the test prepared, whatever the stored file.</summary>
public sealed class InMemoryTableOpener(IImportTable table) : IImportTableOpener
{
    public Task<IImportTable> OpenAsync(Import import, CancellationToken cancellationToken) => Task.FromResult(table);
}
