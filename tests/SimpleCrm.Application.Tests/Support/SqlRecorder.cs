using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>Keeps the text of every query a context runs, so a test can ask SQLite how it plans the real statement.</summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    public List<string> Statements { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Statements.Add(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
