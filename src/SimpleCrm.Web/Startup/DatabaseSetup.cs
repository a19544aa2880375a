using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Seeding;
using SimpleCrm.Migrations.Sqlite;
using SimpleCrm.Migrations.SqlServer;

namespace SimpleCrm.Web.Startup;

/// <summary>The one provider switch: SQLite (default, embedded) or SQL Server, each with its migrations assembly.</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider GetDatabaseProvider(this IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;

    public static IServiceCollection AddCrmDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetDatabaseProvider();
        services.AddDbContext<CrmDbContext>((sp, options) =>
        {
            if (provider == DatabaseProvider.SqlServer)
            {
                SqlServerDesignTimeFactory.Configure(options, configuration.GetConnectionString("SqlServer"));
            }
            else
            {
                SqliteDesignTimeFactory.Configure(options, SqliteConnectionString(configuration));
            }

            options.AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<FieldHistoryInterceptor>());
        });
        return services;
    }

    /// <summary>Applies migrations, switches SQLite to WAL and seeds what is missing.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(app.Environment.IsDevelopment(), CancellationToken.None);
    }

    /// <summary>The SQLite connection string, with the folder of the database file created on first run.</summary>
    private static string SqliteConnectionString(IConfiguration configuration)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Sqlite") ?? "Data Source=data/simplecrm.db");
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
