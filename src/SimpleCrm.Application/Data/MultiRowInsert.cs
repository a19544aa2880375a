using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SimpleCrm.Application.Data;

/// <summary>
/// New rows of one entity written as multi-row INSERT ... VALUES statements in the context's current
/// transaction, around the change tracker: for imports, where EF Core's tracked inserts (one command
/// and one entry per row) cost most of the run. Everything the provider decides comes from the model
/// and the provider itself: table and column names, identifier quoting, and each value's parameter
/// (the property's type mapping converts it as a save would: GUIDs as SQLite text, enums as numbers).
/// A database-generated key is left out; the caller finds the new keys itself. Statements carry at
/// most <see cref="MaxParameters"/> values: far under SQL Server's limit of 2 100, because SQLite
/// finds each parameter by name in a list (binding n named values costs n²: with 2 000 per statement
/// the insert took several times longer than with 250, and 100 is about a tenth faster again).
/// </summary>
public static class MultiRowInsert
{
    public const int MaxParameters = 100;

    public static async Task InsertAsync<TEntity>(CrmDbContext db, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();
        if (columns.FirstOrDefault(p => p.PropertyInfo is null) is { } shadow)
        {
            // A shadow property has no value on an untracked entity: such a model needs EF's own insert.
            throw new InvalidOperationException($"{typeof(TEntity).Name}.{shadow.Name} is a shadow property; MultiRowInsert writes CLR properties only.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                   $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        await db.Database.OpenConnectionAsync(cancellationToken);
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);

                // Full statements reuse one command: SQLite prepares its text once.
                var command = count == perStatement ? full ??= Command(db, head, columns.Count, count, sql) : Command(db, head, columns.Count, count, sql);
                command.Parameters.Clear();
                for (var row = 0; row < count; row++)
                {
                    for (var column = 0; column < columns.Count; column++)
                    {
                        var name = sql.GenerateParameterName(ParameterName(row * columns.Count + column));
                        var value = columns[column].PropertyInfo!.GetValue(rows[start + row]);
                        command.Parameters.Add(mappings[column].CreateParameter(command, name, value, columns[column].IsNullable));
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Command(CrmDbContext db, string head, int columns, int rows, ISqlGenerationHelper sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        var text = new StringBuilder(head);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                text.Append(column == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(ParameterName(row * columns + column)));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    private static string ParameterName(int index) => "p" + index.ToString(CultureInfo.InvariantCulture);
}
