using SimpleCrm.Application.Contacts;
using SimpleCrm.TestSupport;

namespace SimpleCrm.BrowserTests.Features.Organisation;

/// <summary>Sixty people in Kraków and Gdańsk (three pages of the list) and a pair of duplicates, straight into the database.</summary>
public static class OrganisationContacts
{
    public static async Task AddAsync(CrmWebFactory factory)
    {
        var contacts = Enumerable.Range(1, 60).Select(i => Person($"Osoba{i:00}", i % 2 == 0 ? "Krakowska" : "Gdańska", i % 2 == 0 ? "Kraków" : "Gdańsk", $"osoba{i:00}@example.pl", null, null))
            .Append(Person("Anna", "Duplikat", "Kraków", "anna.duplikat@example.pl", "+48 601 111 222", "Kierownik"))
            .Append(Person("Anna", "Duplikat", "Kraków", "a.duplikat@firma.pl", "+48 602 333 444", "Dyrektor handlowy"))
            .ToList();
        await factory.WithDbAsync(async db =>
        {
            db.Contacts.AddRange(contacts);
            return await db.SaveChangesAsync();
        });
    }

    private static Contact Person(string first, string last, string city, string email, string? phone, string? position)
    {
        var contact = new Contact { Kind = ContactKind.Person, FirstName = first, LastName = last, City = city, Position = position, Version = Guid.NewGuid() };
        contact.Emails.Add(new ContactEmail { Address = email, Normalized = email, Position = 0 });
        if (phone is not null)
        {
            contact.Phones.Add(new ContactPhone { Number = phone, E164 = "+" + new string([.. phone.Where(char.IsDigit)]), Position = 0 });
        }

        contact.RefreshDerivedFields();
        return contact;
    }
}
