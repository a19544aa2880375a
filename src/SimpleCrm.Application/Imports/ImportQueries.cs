using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Imports;

/// <summary>The imports a user may see (their own; all for Admin and Manager), newest first, and one import's page.</summary>
public sealed class ImportQueries(CrmDbContext db, ICurrentUser user)
{
    public const int ListSize = 100;

    public Task<List<ImportSummary>> ListAsync(CancellationToken cancellationToken) =>
        Summaries(Visible().OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(ListSize)).ToListAsync(cancellationToken);

    public Task<ImportSummary?> FindAsync(int importId, CancellationToken cancellationToken) =>
        Summaries(Visible().Where(i => i.Id == importId)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The import's page: its summary and read settings; the failure text only for admins.</summary>
    public async Task<ImportDetails?> DetailsAsync(int importId, CancellationToken cancellationToken)
    {
        var summary = await FindAsync(importId, cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var settings = await Visible().Where(i => i.Id == importId)
            .Select(i => new { i.Format, i.CodePage, i.Delimiter, i.Sheet, i.Culture, i.LastError }).SingleAsync(cancellationToken);
        return new ImportDetails(
            summary, settings.Format, settings.CodePage, settings.Delimiter, settings.Sheet, settings.Culture,
            user.IsInRole(Roles.Admin) ? settings.LastError : null);
    }

    private IQueryable<Import> Visible() => db.Imports.AsNoTracking().VisibleTo(user);

    private IQueryable<ImportSummary> Summaries(IQueryable<Import> imports) =>
        imports.Select(i => new ImportSummary(
                i.Id, i.EntityType, i.OriginalFileName, i.Status, i.DuplicatePolicy, i.RowsTotal, i.Processed, i.Created, i.Updated,
                i.SkippedDuplicates, i.Failed,
                db.Users.Where(u => u.Id == i.CreatedById).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                i.CreatedAt, i.StartedAt, i.FinishedAt));
}
