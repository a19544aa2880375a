using Microsoft.Data.Sqlite;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Three static contact lists of different sizes with randomly chosen members, inserted straight
/// into the tables (as the contacts are); left alone when a reused database already has them.
/// </summary>
internal static class ListSeeder
{
    private static readonly DateTime CreatedAt = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>The seeded lists, by name, with the share of contacts on each.</summary>
    public static IReadOnlyList<(string Name, double Share)> Lists { get; } =
    [
        ("Newsletter subscribers", 0.2),
        ("Fair 2025 visitors", 0.03),
        ("Webinar attendees", 0.008),
    ];

    /// <summary>Creates the lists unless they exist; returns their ids in the order of <see cref="Lists"/>.</summary>
    public static async Task<IReadOnlyList<int>> EnsureAsync(string databasePath, string ownerId, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        var ids = new List<int>();
        foreach (var (name, _) in Lists)
        {
            await using var find = connection.CreateCommand();
            find.CommandText = "SELECT \"Id\" FROM \"ContactLists\" WHERE \"Name\" = $name;";
            find.Parameters.AddWithValue("$name", name);
            if (await find.ExecuteScalarAsync(cancellationToken) is long id)
            {
                ids.Add((int)id);
            }
        }

        if (ids.Count == Lists.Count)
        {
            return ids;
        }

        ids.Clear();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT MAX(\"Id\") FROM \"Contacts\";";
        var maxId = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;

        // Fixed seed: every run seeds the same members, so runs compare.
        var random = new Random(2028);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (name, share) in Lists)
        {
            await using var list = connection.CreateCommand();
            list.Transaction = transaction;
            list.CommandText = """
                INSERT INTO "ContactLists" ("Name", "NameKey", "CreatedAt", "CreatedById", "UpdatedAt", "UpdatedById")
                VALUES ($name, $key, $at, $owner, $at, $owner) RETURNING "Id";
                """;
            list.Parameters.AddWithValue("$name", name);
            list.Parameters.AddWithValue("$key", SimpleCrm.Application.Lists.ListInput.NameKeyOf(name));
            list.Parameters.AddWithValue("$at", CreatedAt);
            list.Parameters.AddWithValue("$owner", ownerId);
            var listId = (int)(long)(await list.ExecuteScalarAsync(cancellationToken))!;
            ids.Add(listId);

            await using var member = connection.CreateCommand();
            member.Transaction = transaction;
            member.CommandText = """
                INSERT INTO "ContactListMembers" ("ListId", "ContactId", "AddedAt", "AddedById") VALUES ($list, $contact, $at, $owner);
                """;
            member.Parameters.AddWithValue("$list", listId);
            var contact = member.Parameters.Add(new SqliteParameter("$contact", 0));
            member.Parameters.AddWithValue("$at", CreatedAt);
            member.Parameters.AddWithValue("$owner", ownerId);
            member.Prepare();
            for (var contactId = 1; contactId <= maxId; contactId++)
            {
                if (random.NextDouble() < share)
                {
                    contact.Value = contactId;
                    await member.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }

        // The statistics are refreshed by SalesRepSetup's ANALYZE, which runs after this.
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }
}
