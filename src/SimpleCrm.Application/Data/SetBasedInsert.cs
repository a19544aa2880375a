using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SimpleCrm.Application.Data;

/// <summary>
/// One INSERT ... SELECT per batch of contact ids: how bulk actions write thousands of rows (tags,
/// list members, history lines, basket entries) without a SaveChanges per row. EF Core has no
/// INSERT ... SELECT, so the statement is written here once, with table and column names read
/// from the model and every value a parameter. The ids are integers our own queries produced and
/// are written as literals: a batch of 1 000 would pass SQL Server's 2 100-parameter limit.
/// </summary>
public static class SetBasedInsert
{
    /// <summary>The largest batch of ids one statement takes.</summary>
    public const int BatchSize = 1000;

    /// <summary>
    /// Inserts one row of <typeparamref name="TEntity"/> per contact id: the column named by
    /// <paramref name="contactIdProperty"/> gets the id, the others the given constant values.
    /// With <paramref name="keyProperties"/> (the rest of the row's key, e.g. the tag id) a contact
    /// whose row a concurrent request wrote a moment ago is skipped instead of breaking the key.
    /// Returns the number of rows written.
    /// </summary>
    public static Task<int> ForContactsAsync<TEntity>(
        CrmDbContext db,
        IReadOnlyCollection<int> contactIds,
        string contactIdProperty,
        IReadOnlyDictionary<string, object?> values,
        CancellationToken cancellationToken,
        params string[] keyProperties)
        where TEntity : class =>
        ForRecordsAsync<TEntity, Contacts.Contact>(db, contactIds, contactIdProperty, values, cancellationToken, keyProperties);

    /// <summary>
    /// As <see cref="ForContactsAsync{TEntity}"/>, for rows of any record kind keyed by an int Id
    /// (<typeparamref name="TRecord"/>: a lead's history lines).
    /// </summary>
    public static Task<int> ForRecordsAsync<TEntity, TRecord>(
        CrmDbContext db,
        IReadOnlyCollection<int> recordIds,
        string recordIdProperty,
        IReadOnlyDictionary<string, object?> values,
        CancellationToken cancellationToken,
        params string[] keyProperties)
        where TEntity : class
        where TRecord : class
    {
        if (recordIds.Count == 0)
        {
            return Task.FromResult(0);
        }

        if (recordIds.Count > BatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(recordIds), recordIds.Count, $"At most {BatchSize} ids per statement.");
        }

        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var records = db.Model.FindEntityType(typeof(TRecord)) ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not in the model.");
        var recordsTable = StoreObjectIdentifier.Table(records.GetTableName()!, records.GetSchema());
        string Column(IEntityType type, StoreObjectIdentifier store, string property) =>
            Quote(type.FindProperty(property)!.GetColumnName(store)!);

        var columns = new List<string> { Column(entity, table, recordIdProperty) };
        var selected = new List<string> { "c." + Column(records, recordsTable, "Id") };
        var parameters = new List<object?>();
        foreach (var (property, value) in values)
        {
            columns.Add(Column(entity, table, property));
            selected.Add("{" + parameters.Count.ToString(CultureInfo.InvariantCulture) + "}");
            parameters.Add(value);
        }

        var ids = string.Join(',', recordIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var recordId = "c." + Column(records, recordsTable, "Id");
        var sql = $"INSERT INTO {Name(table)} ({string.Join(", ", columns)}) SELECT {string.Join(", ", selected)} " +
                  $"FROM {Name(recordsTable)} c WHERE {recordId} IN ({ids})";
        if (keyProperties.Length > 0)
        {
            var sameKey = keyProperties.Select(p => $"x.{Column(entity, table, p)} = {selected[columns.IndexOf(Column(entity, table, p))]}")
                .Append($"x.{Column(entity, table, recordIdProperty)} = {recordId}");
            sql += $" AND NOT EXISTS (SELECT 1 FROM {Name(table)} x WHERE {string.Join(" AND ", sameKey)})";
        }

        return db.Database.ExecuteSqlRawAsync(sql, parameters!, cancellationToken);
    }

    /// <summary>The quoted table name of <typeparamref name="TEntity"/>, for the other hand-written set-based statements.</summary>
    internal static string TableOf<TEntity>(CrmDbContext db)
        where TEntity : class
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        return Name(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()));
    }

    /// <summary>The quoted column name of <typeparamref name="TEntity"/>'s <paramref name="property"/>.</summary>
    internal static string ColumnOf<TEntity>(CrmDbContext db, string property)
        where TEntity : class
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        return Quote(entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!);
    }

    private static string Name(StoreObjectIdentifier table) =>
        table.Schema is null ? Quote(table.Name) : Quote(table.Schema) + "." + Quote(table.Name);

    // Double quotes delimit identifiers in SQLite and in SQL Server (QUOTED_IDENTIFIER is on for every SqlClient connection).
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
