using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>Opens an import's stored file as a table with its read settings (the readers in Imports/Reading; an in-memory table in tests).</summary>
public interface IImportTableOpener
{
    Task<IImportTable> OpenAsync(Import import, CancellationToken cancellationToken);
}
