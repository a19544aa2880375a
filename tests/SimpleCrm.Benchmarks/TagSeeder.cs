using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Bulk-inserts 50 tags and 0–3 of them on every seeded contact, a few tags far more used than the
/// rest (as in real data, where "VIP" or a city is on thousands of contacts and most tags on a few).
/// </summary>
internal sealed class TagSeeder(string databasePath)
{
    public const int TagCount = 50;
    private const int MaxTagsPerContact = 3;
    private static readonly string[] ParameterNames = ["$a", "$b", "$c", "$d"];
    private static readonly DateTime CreatedAt = new(2021, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Words =
    [
        "VIP", "Partner", "Newsletter", "Hurt", "Detal", "Kraków", "Warszawa", "Vilnius", "Bratislava", "Москва",
        "Targi 2025", "Webinar", "Polecenie", "Przetarg", "Klient kluczowy", "Reklamacja", "Faktura e-mail",
        "Eksport", "Import", "Logistyka", "IT", "Produkcja", "Budownictwo", "Energetyka", "Farmacja",
        "Bankowość", "Ubezpieczenia", "Edukacja", "Samorząd", "Start-up", "Korporacja", "MŚP", "Zimny lead",
        "Ciepły lead", "Gorący lead", "Były klient", "Konkurencja", "Dostawca", "Podwykonawca", "Media",
        "Konferencja", "Ankieta NPS", "Demo", "Pilotaż", "Umowa ramowa", "Odnowienie", "Upsell", "Churn",
        "Ambasador", "Nie dzwonić",
    ];

    // Fixed seed: every run seeds the same tags, so runs compare.
    private readonly Random _random = new(2027);

    public async Task<(int Tags, int Rows)> SeedAsync(int contacts, CancellationToken cancellationToken)
    {
        Debug.Assert(Words.Length == TagCount, "one word per tag");
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var tag = Prepare(connection, transaction, "INSERT INTO \"Tags\" (\"Id\", \"Name\", \"NameKey\", \"CreatedAt\") VALUES ($a, $b, $c, $d);");
        for (var i = 0; i < TagCount; i++)
        {
            await ExecuteAsync(tag, [i + 1, Words[i], Tag.KeyOf(Words[i]), CreatedAt], cancellationToken);
        }

        await using var row = Prepare(connection, transaction, "INSERT INTO \"ContactTags\" (\"ContactId\", \"TagId\", \"TaggedAt\") VALUES ($a, $b, $c);");
        var rows = 0;
        for (var contactId = 1; contactId <= contacts; contactId++)
        {
            var tagIds = new HashSet<int>();
            var wanted = _random.Next(MaxTagsPerContact + 1);
            while (tagIds.Count < wanted)
            {
                // Squaring a uniform draw favours the first tags: tag 1 is on ~14 times as many contacts as tag 50.
                var draw = _random.NextDouble();
                tagIds.Add(1 + (int)(draw * draw * TagCount));
            }

            foreach (var tagId in tagIds)
            {
                await ExecuteAsync(row, [contactId, tagId, CreatedAt], cancellationToken);
                rows++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return (TagCount, rows);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in ParameterNames.Where(p => sql.Contains(p, StringComparison.Ordinal)))
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static Task<int> ExecuteAsync(SqliteCommand command, object[] values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
