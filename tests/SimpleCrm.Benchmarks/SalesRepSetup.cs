using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The sales rep of the rep cases: owns about a quarter of the contacts and holds one access class
/// ("Key accounts") that covers every tenth contact, most of them owned by others.
/// </summary>
internal static class SalesRepSetup
{
    public const string Email = "rep1@bench.local";
    private const string ClassName = "Key accounts";

    public static async Task<SalesRepView> EnsureAsync(CrmWebFactory factory, string databasePath, CancellationToken cancellationToken)
    {
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync(cancellationToken));
        var classId = await factory.WithDbAsync(async db =>
        {
            var existing = await db.AccessClasses.Where(a => a.NameKey == "key accounts").Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
            if (existing is { } id)
            {
                return id;
            }

            var accessClass = new AccessClass { Name = ClassName, NameKey = AccessClassInput.NameKeyOf(ClassName) };
            accessClass.UserGrants.Add(new AccessClassUserGrant { UserId = userId });
            db.AccessClasses.Add(accessClass);
            await db.SaveChangesAsync(cancellationToken);
            return accessClass.Id;
        });

        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"Contacts\" SET \"AccessClassId\" = $class WHERE \"Id\" % 10 = 0; ANALYZE;";
        command.Parameters.AddWithValue("$class", classId);
        await command.ExecuteNonQueryAsync(cancellationToken);
        SqliteConnection.ClearAllPools();
        return new SalesRepView(userId, [classId]);
    }
}
