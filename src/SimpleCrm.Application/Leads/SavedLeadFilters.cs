using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Leads;

/// <summary>Saves, lists and deletes the signed-in user's own lead filters; another user's filter answers not found.</summary>
public sealed class SavedLeadFilters(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The user's filters by name, each query read back through today's statuses and sources.</summary>
    public async Task<IReadOnlyList<SavedLeadFilterLink>> ListAsync(CancellationToken cancellationToken)
    {
        if (user.UserId is not { } ownerId)
        {
            return [];
        }

        var saved = await db.SavedLeadFilters.AsNoTracking().Where(f => f.OwnerId == ownerId).OrderBy(f => f.NameKey)
            .Select(f => new { f.Id, f.Name, f.Query }).ToListAsync(cancellationToken);
        if (saved.Count == 0)
        {
            return [];
        }

        var vocabulary = await LeadListVocabulary.LoadAsync(db, cancellationToken);
        return [.. saved.Select(f => new SavedLeadFilterLink(f.Id, f.Name, vocabulary.Clean(Read(f.Query))))];
    }

    /// <summary>Saves the query (without its page) under a name no other filter of the user has in any case.</summary>
    public async Task<Result<int>> SaveAsync(string? name, LeadListQuery query, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } ownerId)
        {
            return Result<int>.NotFound();
        }

        var failures = new List<Failure>();
        FieldRules.Require(failures, name, nameof(SavedLeadFilter.Name));
        FieldRules.MaxLength(failures, name, SavedLeadFilter.NameMaxLength, nameof(SavedLeadFilter.Name));
        var stored = JsonSerializer.Serialize(query with { Page = 1 }, Json);
        if (stored.Length > SavedLeadFilter.QueryMaxLength)
        {
            failures.Add(new Failure(LeadMessages.FilterTooLong));
        }

        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var key = NameKeyOf(name!);
        var nameTaken = new Failure(LeadMessages.FilterNameTaken, nameof(SavedLeadFilter.Name));
        if (await db.SavedLeadFilters.AnyAsync(f => f.OwnerId == ownerId && f.NameKey == key, cancellationToken))
        {
            return Result<int>.Fail(nameTaken);
        }

        var filter = new SavedLeadFilter
        {
            OwnerId = ownerId,
            Name = name!.Trim(),
            NameKey = key,
            Query = stored,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.SavedLeadFilters.Add(filter);
        return await db.SaveOrNameTakenAsync(nameTaken, cancellationToken) is { } taken ? Result<int>.Fail(taken) : Result<int>.Ok(filter.Id);
    }

    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var ownerId = user.UserId ?? string.Empty;
        var deleted = await db.SavedLeadFilters.Where(f => f.Id == id && f.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Result.NotFound() : Result.Success;
    }

    public static string NameKeyOf(string name) => name.Trim().ToLowerInvariant();

    /// <summary>A stored query; one that no longer reads (a renamed property, broken JSON) opens the plain list rather than failing.</summary>
    private static LeadListQuery Read(string json)
    {
        try
        {
            var query = JsonSerializer.Deserialize<LeadListQuery>(json, Json) ?? new LeadListQuery();
            return query with { Page = 1, StatusIds = query.StatusIds ?? [] };
        }
        catch (JsonException)
        {
            return new LeadListQuery();
        }
    }
}
