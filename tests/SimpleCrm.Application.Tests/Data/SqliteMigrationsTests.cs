using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Data;

public sealed class SqliteMigrationsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_SQLite_migrations_match_the_model_and_are_all_applied()
    {
        await using var db = database.Context(new SystemUser());

        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SimpleCrm.Migrations.Sqlite.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }
}
