using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Imports.Uploads;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// The wizard's file: stored under a generated name through the FileStore, checked by content with the
/// probe (a file that cannot be read is removed again and its message returned), read again for each
/// step's preview, counted before the run for the progress bar. A kept file is recorded as an upload, so a
/// wizard left unfinished does not leave it on disk for good (<see cref="ImportUploadCleanup"/>).
/// </summary>
public sealed class ImportWizardFiles(FileStore store, ImportUploads uploads, ICurrentUser user, IOptions<ImportWizardOptions> options, TimeProvider clock)
{
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public async Task<Result<ImportWizardState>> UploadAsync(ImportEntityType entityType, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || string.IsNullOrWhiteSpace(file.FileName))
        {
            return Result<ImportWizardState>.Fail(new Failure(ImportWizardMessages.NoFile, nameof(file)));
        }

        var fileName = Path.GetFileName(file.FileName.Trim());
        if (!ImportWizardMessages.Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase))
        {
            return Result<ImportWizardState>.Fail(new Failure(ImportWizardMessages.UnsupportedExtension, nameof(file)));
        }

        StoredBlob? stored;
        await using (var content = file.OpenReadStream())
        {
            stored = await store.WriteAsync(content, MaxUploadBytes, cancellationToken);
        }

        if (stored is null)
        {
            return Result<ImportWizardState>.Fail(new Failure(ImportWizardMessages.TooLarge, nameof(file)));
        }

        var probe = await ProbeAsync(stored.Name, fileName, cancellationToken);
        if (!probe.Succeeded)
        {
            store.Delete(stored.Name);
            return Result<ImportWizardState>.Fail([.. probe.Failures.Select(f => f with { Field = nameof(file) })]);
        }

        await uploads.RecordAsync(stored.Name, cancellationToken);

        return Result<ImportWizardState>.Ok(new ImportWizardState(
            user.UserId!, clock.GetUtcNow(), entityType, fileName, stored.Name, probe.Value!.Settings, probe.Value.Headers));
    }

    /// <summary>The file read with the state's settings: its sheets, headers and first rows, or why it cannot be read so.</summary>
    public async Task<Result<ImportProbe>> PreviewAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        if (!store.Exists(state.StoredFileName))
        {
            return Result<ImportProbe>.Fail(new Failure(ImportWizardMessages.Expired));
        }

        await using var content = store.OpenRead(state.StoredFileName);
        return await ImportFileProbe.PreviewAsync(content, state.Settings, cancellationToken);
    }

    /// <summary>Whether the upload is still there (uploads that never became an import are cleaned up after two days).</summary>
    public bool IsStored(ImportWizardState state) => store.Exists(state.StoredFileName);

    /// <summary>The data rows the run will go through (the progress bar's 100 %), read as the run reads them; null when the upload is gone (cleaned up after two days).</summary>
    public async Task<int?> CountRowsAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        if (!IsStored(state))
        {
            return null;
        }

        await using var content = store.OpenRead(state.StoredFileName);
        var opened = await ImportTableReader.OpenAsync(content, state.Settings, cancellationToken);
        if (!opened.Succeeded)
        {
            return 0;
        }

        var count = 0;
        await using var table = opened.Value!;
        await foreach (var _ in table.ReadRowsAsync(0, cancellationToken))
        {
            count++;
        }

        return count;
    }

    private async Task<Result<ImportProbe>> ProbeAsync(string storedName, string fileName, CancellationToken cancellationToken)
    {
        await using var content = store.OpenRead(storedName);
        return await ImportFileProbe.ProbeAsync(content, fileName, cancellationToken);
    }
}
