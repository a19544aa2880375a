using Microsoft.Data.Sqlite;

namespace SimpleCrm.Benchmarks;

/// <summary>One prepared INSERT of the given columns, executed row after row inside the seeding transaction.</summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;

    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => "$" + c))});";
        foreach (var column in columns)
        {
            _command.Parameters.Add(new SqliteParameter("$" + column, null));
        }

        _command.Prepare();
    }

    /// <summary>Inserts one row; the values in the order of the columns, null for NULL.</summary>
    public Task<int> ExecuteAsync(IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < values.Count; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _command.Dispose();
}
