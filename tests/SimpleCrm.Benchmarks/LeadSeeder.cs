using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Bulk-inserts leads straight into the migrated SQLite file, as <see cref="ContactSeeder"/> does
/// contacts: the derived columns come from <see cref="Lead.RefreshDerivedFields"/>. The open ones are
/// spread over the open statuses (the kanban's columns); the rest are converted (linked to a contact)
/// or junk. People reuse the contacts' name pools, so the duplicate check finds real matches.
/// </summary>
internal sealed class LeadSeeder(string databasePath, PhoneNormalizer phones, IReadOnlyList<string> ownerIds)
{
    private const double ConvertedShareOfClosed = 0.75;

    private static readonly string[] Columns =
    [
        "Id", "Name", "StatusId", "SourceId", "FirstName", "LastName", "CompanyName", "CompanyCode", "Email", "Phone", "PhoneE164",
        "City", "Country", "EstimatedAmount", "Currency", "ResponsibleUserId", "ContactId", "KanbanRank",
        "NameKey", "PersonKey", "CompanyKey", "EmailKey", "CompanyCodeKey", "SearchText",
        "CreatedAt", "CreatedById", "UpdatedAt", "UpdatedById", "IsDeleted", "Version",
    ];

    private static readonly string[] Products =
        ["CRM licences", "Website redesign", "Consulting", "Office furniture", "Fleet leasing", "Cloud hosting", "Training", "Maintenance contract"];

    private static readonly string[] Currencies = ["PLN", "EUR", "EUR", "PLN", "PLN"];

    private readonly Random _random = new(2027);

    public async Task<TimeSpan> SeedAsync(int count, int openCount, int contacts, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        var statuses = await StatusesAsync(connection, cancellationToken);
        var sources = await IdsAsync(connection, "SELECT \"Id\" FROM \"LeadSources\" WHERE \"IsActive\" = 1", cancellationToken);
        var open = statuses.Where(s => s.Meaning == LeadStatusMeaning.Open).Select(s => s.Id).ToArray();
        var converted = statuses.First(s => s.Meaning == LeadStatusMeaning.Converted).Id;
        var junk = statuses.First(s => s.Meaning == LeadStatusMeaning.Junk).Id;
        var ranks = statuses.ToDictionary(s => s.Id, _ => 0L);

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var insert = new PreparedInsert(connection, transaction, "Leads", Columns);
        for (var i = 0; i < count; i++)
        {
            // Open leads are the newest, as in a real pipeline; the old ones were worked through.
            var isOpen = i >= count - openCount;
            var statusId = isOpen ? open[_random.Next(open.Length)] : _random.NextDouble() < ConvertedShareOfClosed ? converted : junk;
            var lead = NewLead(Markets.All[_random.Next(Markets.All.Count)]);
            lead.Id = i + 1;
            lead.StatusId = statusId;
            lead.SourceId = sources[_random.Next(sources.Count)];
            lead.ContactId = statusId == converted && contacts > 0 ? _random.Next(1, contacts + 1) : null;
            lead.KanbanRank = ranks[statusId] -= 1024;
            lead.CreatedAt = lead.UpdatedAt = ContactSeeder.FirstCreated + (ContactSeeder.CreatedSpan * ((double)i / count)) + TimeSpan.FromMinutes(_random.Next(0, 600));
            lead.CreatedById = lead.UpdatedById = lead.ResponsibleUserId;
            lead.Version = Guid.NewGuid();
            lead.RefreshDerivedFields();
            await insert.ExecuteAsync(Values(lead), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await using var finish = connection.CreateCommand();
        finish.CommandText = "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);";
        await finish.ExecuteNonQueryAsync(cancellationToken);
        return Stopwatch.GetElapsedTime(started);
    }

    private Lead NewLead(Market market)
    {
        var female = _random.Next(2) == 0;
        var first = Pick(female ? market.FemaleFirst : market.MaleFirst);
        var last = Pick(female ? market.FemaleLast : market.MaleLast);
        var company = _random.NextDouble() < 0.7 ? market.CompanyName(Pick(market.CompanyStems), Pick(market.CompanyForms)) : null;
        var phone = _random.NextDouble() < 0.8 ? market.Phone(_random) : null;
        return new Lead
        {
            Name = company is null ? Pick(Products) : $"{Pick(Products)} — {company}",
            FirstName = first,
            LastName = last,
            CompanyName = company,
            CompanyCode = company is null || _random.NextDouble() < 0.5 ? null : $"{market.Region}{_random.Next(100_000_000, 999_999_999)}",
            // Mostly distinct addresses, a few shared: the duplicate check and page meet realistic groups.
            Email = $"{Application.Common.Transliteration.ToAscii(first)}.{Application.Common.Transliteration.ToAscii(last)}{_random.Next(0, 2000)}@{market.EmailDomain}".ToLowerInvariant(),
            Phone = phone,
            PhoneE164 = phone is null ? null : phones.ToE164(phone),
            City = Pick(market.Cities),
            Country = market.Country,
            EstimatedAmount = _random.NextDouble() < 0.8 ? _random.Next(5, 5000) * 100m : null,
            Currency = Currencies[_random.Next(Currencies.Length)],
            ResponsibleUserId = ownerIds[_random.Next(ownerIds.Count)],
        };
    }

    // Stored as EF Core's SQLite provider stores them: decimals and GUIDs as text, booleans as 0/1.
    private static object?[] Values(Lead lead) =>
    [
        lead.Id, lead.Name, lead.StatusId, lead.SourceId, lead.FirstName, lead.LastName, lead.CompanyName, lead.CompanyCode, lead.Email,
        lead.Phone, lead.PhoneE164, lead.City, lead.Country,
        lead.EstimatedAmount?.ToString("0.0###########################", CultureInfo.InvariantCulture), lead.EstimatedAmount is null ? null : lead.Currency,
        lead.ResponsibleUserId, lead.ContactId, lead.KanbanRank,
        lead.NameKey, lead.PersonKey, lead.CompanyKey, lead.EmailKey, lead.CompanyCodeKey, lead.SearchText,
        lead.CreatedAt, lead.CreatedById, lead.UpdatedAt, lead.UpdatedById, 0, lead.Version.ToString().ToUpperInvariant(),
    ];

    private static async Task<List<(int Id, LeadStatusMeaning Meaning)>> StatusesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\", \"Meaning\" FROM \"LeadStatuses\" ORDER BY \"Position\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var statuses = new List<(int, LeadStatusMeaning)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses.Add((reader.GetInt32(0), Enum.Parse<LeadStatusMeaning>(reader.GetString(1))));
        }

        return statuses;
    }

    private static async Task<List<int>> IdsAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
