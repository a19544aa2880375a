using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Pipelines;

/// <summary>The name and archive rules pipelines and lost reasons share: validate, rename, archive and restore.</summary>
internal static class ArchivableNames
{
    /// <summary>The unique key of a name as typed: "Sales" and "SALES" clash, as "Żółty" and "ŻÓŁTY" do.</summary>
    public static string KeyOf(string name) => name.Trim().ToLowerInvariant();

    public static async Task<List<Failure>> ValidateAsync<T>(DbSet<T> rows, NameInput input, int maxLength, int? exceptId, Failure nameTaken, CancellationToken cancellationToken)
        where T : class, IArchivableName
    {
        var failures = input.Validate(maxLength).ToList();
        if (failures.Count == 0)
        {
            var key = KeyOf(input.Name!);
            if (await rows.AnyAsync(r => r.NameKey == key && r.Id != exceptId, cancellationToken))
            {
                failures.Add(nameTaken);
            }
        }

        return failures;
    }

    /// <summary>Renames the row; a changed name replaces the seeded text in every language (the resource key is dropped).</summary>
    public static async Task<Result> RenameAsync<T>(CrmDbContext db, T? row, NameInput input, int maxLength, Failure nameTaken, CancellationToken cancellationToken)
        where T : class, IArchivableName
    {
        if (row is null)
        {
            return Result.NotFound();
        }

        var failures = await ValidateAsync(db.Set<T>(), input, maxLength, row.Id, nameTaken, cancellationToken);
        if (failures.Count > 0)
        {
            return Result.Fail([.. failures]);
        }

        var name = input.Name!.Trim();
        if (string.Equals(name, row.Name, StringComparison.Ordinal))
        {
            return Result.Success;
        }

        row.Name = name;
        row.NameKey = KeyOf(name);
        row.ResourceKey = null;
        return await db.SaveOrNameTakenAsync(nameTaken, cancellationToken) is { } taken ? Result.Fail(taken) : Result.Success;
    }

    /// <summary>Archives (no longer offered; what uses it keeps it) or restores the row.</summary>
    public static async Task<Result> SetArchivedAsync<T>(CrmDbContext db, T? row, bool archived, CancellationToken cancellationToken)
        where T : class, IArchivableName
    {
        if (row is null)
        {
            return Result.NotFound();
        }

        row.IsArchived = archived;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
