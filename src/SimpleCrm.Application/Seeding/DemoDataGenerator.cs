using Bogus;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Seeding;

/// <summary>
/// Realistic demo contacts as our users' data looks: Polish, Lithuanian, Slovak and Russian names
/// with diacritics and Cyrillic, companies with their people, phones in local formats.
/// </summary>
public sealed class DemoDataGenerator(CrmDbContext db, PhoneNormalizer phones)
{
    public static IReadOnlyList<(string Email, string Name, string Role)> Users { get; } =
    [
        ("manager@simplecrm.local", "Małgorzata Wiśniewska", Roles.Manager),
        ("rep1@simplecrm.local", "Jonas Kazlauskas", Roles.SalesRep),
        ("rep2@simplecrm.local", "Zuzana Horváthová", Roles.SalesRep),
        ("rep3@simplecrm.local", "Дмитрий Соколов", Roles.SalesRep),
    ];

    private static readonly (string Locale, string Region, string Country)[] Markets =
    [
        ("pl", "PL", "Polska"),
        ("lt", "LT", "Lietuva"),
        ("sk", "SK", "Slovensko"),
        ("ru", "RU", "Россия"),
    ];

    public async Task AddContactsAsync(IReadOnlyList<string> ownerIds, CancellationToken cancellationToken, int companiesPerMarket = 15, int peoplePerMarket = 60)
    {
        var random = new Randomizer(2026);
        foreach (var (locale, region, country) in Markets)
        {
            // Bogus has no Lithuanian locale: its data comes from LithuanianDemoNames.
            var faker = new Faker(locale == "lt" ? "en" : locale) { Random = random };
            var names = new DemoNames(faker, locale == "lt");
            var companies = Enumerable.Range(0, companiesPerMarket)
                .Select(_ => NewCompany(faker, names, region, country, random.ArrayElement([.. ownerIds])))
                .ToList();
            db.Contacts.AddRange(companies);
            for (var i = 0; i < peoplePerMarket; i++)
            {
                var company = random.Bool(0.7f) ? random.ListItem(companies) : null;
                db.Contacts.Add(NewPerson(faker, names, region, country, company, company?.ResponsibleUserId ?? random.ArrayElement([.. ownerIds])));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Contact NewCompany(Faker faker, DemoNames names, string region, string country, string ownerId)
    {
        var name = names.CompanyName();
        var contact = new Contact
        {
            Kind = ContactKind.Company,
            CompanyName = name,
            City = names.City(),
            Street = names.Street(),
            PostalCode = faker.Address.ZipCode(),
            Country = country,
            Website = "www." + Transliteration.ToAscii(name.Split(' ')[0]) + faker.Random.Number(10, 99) + "." + region.ToLowerInvariant(),
            ResponsibleUserId = ownerId,
        };
        AddPhone(contact, names.Phone(), region);
        contact.Emails.Add(Email("info@" + contact.Website[4..]));
        contact.RefreshDerivedFields();
        return contact;
    }

    private Contact NewPerson(Faker faker, DemoNames names, string region, string country, Contact? company, string ownerId)
    {
        var female = faker.Random.Bool();
        var first = names.FirstName(female);
        var last = names.LastName(female);
        var contact = new Contact
        {
            Kind = ContactKind.Person,
            FirstName = first,
            LastName = last,
            Company = company,
            CompanyName = company?.CompanyName,
            Position = company is null ? null : names.Position(),
            City = company?.City ?? names.City(),
            Country = country,
            BirthDate = faker.Random.Bool(0.3f) ? DateOnly.FromDateTime(faker.Date.Past(40, new DateTime(2004, 1, 1, 0, 0, 0, DateTimeKind.Utc))) : null,
            ResponsibleUserId = ownerId,
        };
        var domain = company?.Website?[4..] ?? "example." + region.ToLowerInvariant();
        contact.Emails.Add(Email($"{Transliteration.ToAscii(first)}.{Transliteration.ToAscii(last)}@{domain}"));
        AddPhone(contact, names.Phone(), region);
        contact.RefreshDerivedFields();
        return contact;
    }

    private void AddPhone(Contact contact, string number, string region)
    {
        var e164 = phones.ToE164(number.StartsWith('+') ? number : $"+{CountryCode(region)} {number}");
        if (e164 is not null)
        {
            contact.Phones.Add(new ContactPhone { Number = number, E164 = e164 });
        }
    }

    private static ContactEmail Email(string address) =>
        new() { Address = address.ToLowerInvariant(), Normalized = address.ToLowerInvariant() };

    private static string CountryCode(string region) => region switch
    {
        "PL" => "48",
        "LT" => "370",
        "SK" => "421",
        _ => "7",
    };
}
