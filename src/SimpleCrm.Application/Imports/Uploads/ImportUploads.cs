using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Imports.Uploads;

/// <summary>Notes each upload the wizard keeps, so the cleanup can find the ones never imported.</summary>
public sealed class ImportUploads(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task RecordAsync(string storedFileName, CancellationToken cancellationToken)
    {
        db.ImportUploads.Add(new ImportUpload
        {
            StoredFileName = storedFileName,
            UserId = user.UserId ?? throw new InvalidOperationException("Only a signed-in user uploads through the wizard."),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
