using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Preferences;

/// <summary>The signed-in user's own list preferences; nobody reads or writes another user's.</summary>
public sealed class ListPreferences(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The most columns a preference keeps; a list has far fewer, so more is a forged post.</summary>
    public const int MaxColumns = 100;

    /// <summary>The column keys the user picked for the list, in order; null when they never picked (the list's default).</summary>
    public async Task<IReadOnlyList<string>?> ColumnsAsync(string listName, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return null;
        }

        var columns = await db.ListPreferences.AsNoTracking().Where(p => p.UserId == userId && p.ListName == listName)
            .Select(p => p.Columns).SingleOrDefaultAsync(cancellationToken);
        return columns?.Split(',', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// Keeps the columns the user picked. The caller passes only keys its list knows; a key with a
    /// comma (the separator) or too many keys is refused rather than stored half.
    /// </summary>
    public async Task<Result> SaveColumnsAsync(string listName, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return Result.NotFound();
        }

        var keys = columns.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var joined = string.Join(',', keys);
        if (keys.Count > MaxColumns || keys.Any(k => k.Contains(',', StringComparison.Ordinal)) || joined.Length > ListPreference.ColumnsMaxLength)
        {
            return Result.Fail(new Failure(Messages.InvalidValue));
        }

        var preference = await db.ListPreferences.SingleOrDefaultAsync(p => p.UserId == userId && p.ListName == listName, cancellationToken);
        if (preference is null)
        {
            preference = new ListPreference { UserId = userId, ListName = listName };
            db.Add(preference);
        }

        preference.Columns = joined;
        preference.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs saving at once both inserted: the other one's choice stands, as if saved a moment later.
            db.ChangeTracker.Clear();
        }

        return Result.Success;
    }
}
