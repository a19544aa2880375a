using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the model for SQL Server without a server: migrations never connect.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<CrmDbContext>
{
    public CrmDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        Configure(builder, "Server=localhost;Database=SimpleCrm;Trusted_Connection=True;TrustServerCertificate=True");
        return new CrmDbContext(builder.Options);
    }

    /// <summary>The provider options the web app uses too, so both share one migrations assembly.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string? connectionString) =>
        builder.UseSqlServer(connectionString, sql => sql
            .MigrationsAssembly(typeof(SqlServerDesignTimeFactory).Assembly.GetName().Name)
            .EnableRetryOnFailure()
            // A contact loads its emails and phones: two collections in one join would multiply rows.
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
}
