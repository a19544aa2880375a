using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SimpleCrm.Application.Tests.Data;

/// <summary>What only SQL Server would reject, checked without a SQL Server.</summary>
public sealed class SqlServerModelTests
{
    [Fact]
    public void No_table_is_reachable_by_two_cascade_paths()
    {
        using var db = SqlServerModel.CreateContext();

        var conflicts = CascadePaths.FindConflicts(SqlServerModel.RelationalModel(db));

        Assert.True(conflicts.Count == 0, "SQL Server error 1785 waiting to happen:\n" + string.Join("\n", conflicts));
    }

    [Fact]
    public void The_cascade_check_catches_a_diamond_and_a_self_reference()
    {
        using var db = new DiamondContext();

        var conflicts = CascadePaths.FindConflicts(db.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        Assert.Contains(conflicts, c => c.StartsWith("two cascade paths into Leaves", StringComparison.Ordinal));
        Assert.Contains(conflicts, c => c.StartsWith("self-referencing cascade: Roots", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_index_key_fits_SQL_Servers_limits()
    {
        using var db = SqlServerModel.CreateContext();

        var violations = IndexKeySizes.FindViolations(SqlServerModel.RelationalModel(db));

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [InlineData("nvarchar(450)", 900)]
    [InlineData("nvarchar(max)", null)]
    [InlineData("varchar(10)", 10)]
    [InlineData("int", 4)]
    public void Key_sizes_are_counted_in_bytes(string storeType, int? bytes) =>
        Assert.Equal(bytes, IndexKeySizes.Bytes(storeType));

    [Fact]
    public void The_SQL_Server_migrations_script_into_a_complete_schema_without_a_server()
    {
        using var db = SqlServerModel.CreateContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Contacts]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [DataProtectionKeys]", script, StringComparison.Ordinal);
        Assert.Contains("[__EFMigrationsHistory]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_SQL_Server_migrations_match_the_model()
    {
        using var db = SqlServerModel.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SimpleCrm.Migrations.SqlServer.");
    }

    /// <summary>A deliberately broken model: Root cascades into Leaves through Left and through Right, and into itself.</summary>
    private sealed class DiamondContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseSqlServer("Server=127.0.0.1,1;Database=Unused;TrustServerCertificate=True");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Root>().ToTable("Roots").HasOne<Root>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Left>().ToTable("Lefts").HasOne<Root>().WithMany().HasForeignKey(l => l.RootId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Right>().ToTable("Rights").HasOne<Root>().WithMany().HasForeignKey(r => r.RootId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Leaf>().ToTable("Leaves").HasOne<Left>().WithMany().HasForeignKey(l => l.LeftId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Leaf>().HasOne<Right>().WithMany().HasForeignKey(l => l.RightId).OnDelete(DeleteBehavior.Cascade);
        }
    }

    private sealed record Root(int Id, int? ParentId);

    private sealed record Left(int Id, int RootId);

    private sealed record Right(int Id, int RootId);

    private sealed record Leaf(int Id, int LeftId, int RightId);
}
