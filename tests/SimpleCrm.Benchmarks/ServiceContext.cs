using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Migrations.Sqlite;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The app's services over the benchmark's database without HTTP, for cases that measure a service
/// (a segment count, a bulk job): a context configured as the web app configures it, with the
/// auditing interceptor acting for the given user. One context per operation, as one per request.
/// </summary>
internal sealed class ServiceContext(string databasePath, bool logSql)
{
    public TimeProvider Clock { get; } = TimeProvider.System;

    public CrmDbContext Create(ICurrentUser user, bool log = false)
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        SqliteDesignTimeFactory.Configure(builder, $"Data Source={databasePath}");
        builder.AddInterceptors(new AuditingInterceptor(user, Clock), new FieldHistoryInterceptor(user, Clock));
        if (log && logSql)
        {
            builder.LogTo(Console.WriteLine, [DbLoggerCategory.Database.Command.Name], LogLevel.Information);
        }

        return new CrmDbContext(builder.Options);
    }
}
