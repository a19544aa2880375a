using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Imports;

/// <summary>A user's named column mappings: saved from the wizard, offered again for the next file of the same kind.</summary>
public sealed class SavedImportMappings(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> SaveAsync(string? name, ImportEntityType entityType, IReadOnlyList<SavedImportColumn> columns, CancellationToken cancellationToken)
    {
        if (user.UserId is null)
        {
            return Result<int>.NotFound();
        }

        var failures = new List<Failure>();
        FieldRules.Require(failures, name, nameof(SavedImportMapping.Name));
        FieldRules.MaxLength(failures, name, SavedImportMapping.NameMaxLength, nameof(SavedImportMapping.Name));
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        // Saving under a name already used replaces that mapping: what the user expects of "save as".
        var trimmed = name!.Trim();
        var mapping = await db.SavedImportMappings.SingleOrDefaultAsync(
            m => m.UserId == user.UserId && m.EntityType == entityType && m.Name == trimmed, cancellationToken);
        if (mapping is null)
        {
            mapping = new SavedImportMapping { UserId = user.UserId, EntityType = entityType, Name = trimmed };
            db.SavedImportMappings.Add(mapping);
        }

        mapping.Mapping = ImportJson.Write(columns);
        mapping.CreatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(mapping.Id);
    }

    /// <summary>The user's mappings for the kind, by name, with their columns.</summary>
    public async Task<List<SavedImportMappingItem>> ListAsync(ImportEntityType entityType, CancellationToken cancellationToken)
    {
        var rows = await db.SavedImportMappings.AsNoTracking().Where(m => m.UserId == user.UserId && m.EntityType == entityType)
            .OrderBy(m => m.Name).Select(m => new { m.Id, m.Name, m.Mapping }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SavedImportMappingItem(r.Id, r.Name, ImportJson.Read<List<SavedImportColumn>>(r.Mapping, [])))];
    }
}
