using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// Bulk-inserts contacts with their emails and phones straight into the migrated SQLite file: one
/// transaction and prepared commands, because going through EF Core would take minutes at 100 000.
/// The derived columns come from <see cref="Contact.RefreshDerivedFields"/>, so they are exactly the
/// app's, and phones are normalized by the app's own <see cref="PhoneNormalizer"/>.
/// </summary>
internal sealed class ContactSeeder(string databasePath, PhoneNormalizer phones, IReadOnlyList<string> ownerIds)
{
    private const double CompanyShare = 0.1;
    private const double EmployedShare = 0.7;
    public static readonly DateTime FirstCreated = new(2021, 1, 1, 8, 0, 0, DateTimeKind.Utc);
    public static readonly TimeSpan CreatedSpan = TimeSpan.FromDays(5 * 365);

    // Fixed seed: every run seeds the same data, so runs compare.
    private readonly Random _random = new(2026);

    public async Task<TimeSpan> SeedAsync(int count, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var rows = new ContactRows(connection, transaction);

        // Recent companies per market: people join one of them, as they would in real data.
        var companies = Markets.All.ToDictionary(m => m, _ => new List<Contact>());
        for (var i = 0; i < count; i++)
        {
            var market = Markets.All[_random.Next(Markets.All.Count)];
            var createdAt = FirstCreated + (CreatedSpan * ((double)i / count)) + TimeSpan.FromMinutes(_random.Next(0, 600));
            var recent = companies[market];
            var contact = _random.NextDouble() < CompanyShare || recent.Count == 0
                ? NewCompany(market)
                : NewPerson(market, _random.NextDouble() < EmployedShare ? recent[_random.Next(recent.Count)] : null);
            contact.Id = i + 1;
            contact.CreatedAt = contact.UpdatedAt = createdAt;
            contact.CreatedById = contact.UpdatedById = contact.ResponsibleUserId;
            contact.Version = Guid.NewGuid();
            contact.RefreshDerivedFields();
            await rows.InsertAsync(contact, cancellationToken);
            if (contact.Kind == ContactKind.Company)
            {
                recent.Add(contact);
                if (recent.Count > 50)
                {
                    recent.RemoveAt(0);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);

        // Leave no large WAL behind: the measured reads then start from the main file, as after a restart.
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        return Stopwatch.GetElapsedTime(started);
    }

    private Contact NewCompany(Market market)
    {
        var name = market.CompanyName(Pick(market.CompanyStems), Pick(market.CompanyForms));
        var contact = new Contact
        {
            Kind = ContactKind.Company,
            CompanyName = name,
            City = Pick(market.Cities),
            Country = market.Country,
            Website = $"www.{Transliteration.ToAscii(name.Split(' ')[0])}{_random.Next(10, 100)}.{market.Region.ToLowerInvariant()}",
            ResponsibleUserId = ownerIds[_random.Next(ownerIds.Count)],
        };
        AddEmail(contact, "info@" + contact.Website![4..]);
        AddPhone(contact, market);
        return contact;
    }

    private Contact NewPerson(Market market, Contact? company)
    {
        var female = _random.Next(2) == 0;
        var first = Pick(female ? market.FemaleFirst : market.MaleFirst);
        var last = Pick(female ? market.FemaleLast : market.MaleLast);
        var contact = new Contact
        {
            Kind = ContactKind.Person,
            FirstName = first,
            LastName = last,
            CompanyName = company?.CompanyName,
            CompanyId = company?.Id,
            Position = company is null ? null : Pick(market.Positions),
            City = company?.City ?? Pick(market.Cities),
            Country = market.Country,
            BirthDate = _random.NextDouble() < 0.3 ? new DateOnly(1960, 1, 1).AddDays(_random.Next(0, 40 * 365)) : null,
            ResponsibleUserId = company?.ResponsibleUserId ?? ownerIds[_random.Next(ownerIds.Count)],
        };
        var domain = company?.Website?[4..] ?? market.EmailDomain;
        AddEmail(contact, $"{Transliteration.ToAscii(first)}.{Transliteration.ToAscii(last)}@{domain}");
        if (_random.NextDouble() < 0.15)
        {
            AddEmail(contact, $"{Transliteration.ToAscii(last)}{_random.Next(1, 100)}@gmail.com");
        }

        // Some people have no phone, a few have two: the list shows the first by position.
        if (_random.NextDouble() < 0.9)
        {
            AddPhone(contact, market);
        }

        if (_random.NextDouble() < 0.1)
        {
            AddPhone(contact, market);
        }

        return contact;
    }

    private static void AddEmail(Contact contact, string address)
    {
        var normalized = address.Trim().ToLowerInvariant();
        contact.Emails.Add(new ContactEmail { Address = normalized, Normalized = normalized, Position = contact.Emails.Count });
    }

    private void AddPhone(Contact contact, Market market)
    {
        var number = market.Phone(_random);
        contact.Phones.Add(new ContactPhone { Number = number, E164 = phones.ToE164(number), Position = contact.Phones.Count });
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
