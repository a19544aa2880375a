using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for SQLite without starting the web app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<CrmDbContext>
{
    public CrmDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        Configure(builder, "Data Source=design-time.db");
        return new CrmDbContext(builder.Options);
    }

    /// <summary>The provider options the web app and the tests use too, so all share one migrations assembly.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(SqliteDesignTimeFactory).Assembly.GetName().Name)
            // A contact loads its emails and phones: two collections in one join would multiply rows.
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
}
