using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Data;

/// <summary>
/// The one place field changes are recorded: for every changed entity that opts in with
/// <see cref="IHasFieldHistory"/>, a "FieldChanged" history line per changed field, "Field: old → new",
/// in the same save. A foreign key is written as the name of what it points at (a user's display
/// name, a source's name), as it read at the time.
/// </summary>
public sealed class FieldHistoryInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public const string FieldChanged = "FieldChanged";

    /// <summary>How much of one value a line keeps.</summary>
    public const int ValueMaxLength = 200;

    public const string Separator = ": ";

    public const string Arrow = " → ";

    public const string Empty = "—";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // The application saves asynchronously; a synchronous save (a test, a tool) gets the same lines.
        RecordAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await RecordAsync(eventData.Context, cancellationToken);
        return result;
    }

    private async Task RecordAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Modified && e.Entity is IHasFieldHistory)
            .SelectMany(e => e.Properties.Where(IsRecorded).Select(p => (Entity: (IHasFieldHistory)e.Entity, Property: p)))
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var names = await NamesAsync(context, changes.Select(c => c.Property), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entity, property) in changes)
        {
            var foreignKey = property.Metadata.GetContainingForeignKeys().FirstOrDefault();
            var principal = foreignKey?.PrincipalEntityType.ClrType;
            var field = foreignKey?.DependentToPrincipal?.Name ?? property.Metadata.Name;
            var details = field + Separator + Show(property.OriginalValue, principal, names) + Arrow + Show(property.CurrentValue, principal, names);
            context.Set<HistoryEntry>().Add(HistoryEntry.For(new RecordRef(entity.HistoryRecordType, entity.Id), FieldChanged, details, now, currentUser.UserId));
        }
    }

    private static bool IsRecorded(PropertyEntry property) =>
        property.IsModified
        && !Equals(property.OriginalValue, property.CurrentValue)
        && property.Metadata.PropertyInfo is { } info
        && info.GetCustomAttribute<NotInHistoryAttribute>() is null
        && info.Name is not (nameof(IVersioned.Version) or nameof(IAuditable.CreatedAt) or nameof(IAuditable.CreatedById)
            or nameof(IAuditable.UpdatedAt) or nameof(IAuditable.UpdatedById));

    /// <summary>The names of everything the changed foreign keys point at, old and new, one query per kind.</summary>
    private static async Task<Dictionary<(Type, string), string>> NamesAsync(DbContext context, IEnumerable<PropertyEntry> properties, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(Type, string), string>();
        var keys = properties
            .Select(p => (Principal: p.Metadata.GetContainingForeignKeys().FirstOrDefault()?.PrincipalEntityType.ClrType, p.OriginalValue, p.CurrentValue))
            .Where(k => k.Principal is not null)
            .SelectMany(k => new[] { (k.Principal!, k.OriginalValue), (k.Principal!, k.CurrentValue) })
            .Where(k => k.Item2 is not null)
            .GroupBy(k => k.Item1, k => k.Item2!);
        foreach (var group in keys)
        {
            var rows = group.Key switch
            {
                var t when t == typeof(AppUser) => await NameRowsAsync(context.Set<AppUser>(), u => u.Id, u => u.DisplayName, group.Cast<string>(), cancellationToken),
                var t when t == typeof(LeadSource) => await NameRowsAsync(context.Set<LeadSource>(), s => s.Id, s => s.Name, group.Cast<int>(), cancellationToken),
                var t when t == typeof(LeadStatus) => await NameRowsAsync(context.Set<LeadStatus>(), s => s.Id, s => s.Name, group.Cast<int>(), cancellationToken),
                var t when t == typeof(LostReason) => await NameRowsAsync(context.Set<LostReason>(), r => r.Id, r => r.Name, group.Cast<int>(), cancellationToken),
                var t when t == typeof(Contact) => await NameRowsAsync(context.Set<Contact>().IgnoreQueryFilters(), c => c.Id, c => c.DisplayName, group.Cast<int>(), cancellationToken),
                _ => [],
            };
            foreach (var (key, name) in rows)
            {
                names[(group.Key, Format(key))] = name;
            }
        }

        return names;

        static async Task<List<(object Key, string Name)>> NameRowsAsync<TPrincipal, TKey>(
            IQueryable<TPrincipal> set, System.Linq.Expressions.Expression<Func<TPrincipal, TKey>> key, Func<TPrincipal, string> name, IEnumerable<TKey> wanted, CancellationToken cancellationToken)
            where TPrincipal : class
        {
            var ids = wanted.Distinct().ToList();
            var parameter = key.Parameters[0];
            var contains = System.Linq.Expressions.Expression.Lambda<Func<TPrincipal, bool>>(
                System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], System.Linq.Expressions.Expression.Constant(ids), key.Body),
                parameter);
            var rows = await set.AsNoTracking().Where(contains).ToListAsync(cancellationToken);
            var compiled = key.Compile();
            return [.. rows.Select(r => ((object)compiled(r)!, name(r)))];
        }
    }

    private static string Show(object? value, Type? principal, Dictionary<(Type, string), string> names)
    {
        if (value is null)
        {
            return Empty;
        }

        var text = Format(value);
        if (principal is not null && names.TryGetValue((principal, text), out var name))
        {
            text = name;
        }

        return text.Length > ValueMaxLength ? text[..ValueMaxLength] + "…" : text;
    }

    private static string Format(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
