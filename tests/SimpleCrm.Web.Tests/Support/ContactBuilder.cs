using SimpleCrm.Application.Contacts;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Support;

/// <summary>Builds contacts straight into the app's database, for tests about reading them.</summary>
public sealed class ContactBuilder
{
    private readonly Contact _contact = new() { Kind = ContactKind.Person };

    public static ContactBuilder Person(string firstName, string lastName) =>
        new ContactBuilder().With(c =>
        {
            c.Kind = ContactKind.Person;
            c.FirstName = firstName;
            c.LastName = lastName;
        });

    public static ContactBuilder Company(string name) =>
        new ContactBuilder().With(c =>
        {
            c.Kind = ContactKind.Company;
            c.CompanyName = name;
        });

    public ContactBuilder WorkingAt(string companyName) => With(c => c.CompanyName = companyName);

    /// <summary>A person linked to a company contact, as the form links a typed company name.</summary>
    public ContactBuilder AtCompany(int companyId, string companyName) => With(c =>
    {
        c.CompanyId = companyId;
        c.CompanyName = companyName;
    });

    public ContactBuilder OwnedBy(string userId) => With(c => c.ResponsibleUserId = userId);

    public ContactBuilder InAccessClass(int accessClassId) => With(c => c.AccessClassId = accessClassId);

    public ContactBuilder InCity(string city) => With(c => c.City = city);

    public ContactBuilder WithEmail(string address) =>
        With(c => c.Emails.Add(new ContactEmail { Address = address, Normalized = address.ToLowerInvariant(), Position = c.Emails.Count }));

    public Contact Build()
    {
        _contact.RefreshDerivedFields();
        return _contact;
    }

    public async Task<int> SaveAsync(CrmWebFactory factory)
    {
        var contact = Build();
        return await factory.WithDbAsync(async db =>
        {
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
    }

    /// <summary>Saves many contacts in one go; the returned contacts carry their new ids.</summary>
    public static async Task<IReadOnlyList<Contact>> SaveAllAsync(CrmWebFactory factory, IEnumerable<ContactBuilder> builders)
    {
        var contacts = builders.Select(b => b.Build()).ToList();
        await factory.WithDbAsync(async db =>
        {
            db.Contacts.AddRange(contacts);
            return await db.SaveChangesAsync();
        });
        return contacts;
    }

    private ContactBuilder With(Action<Contact> change)
    {
        change(_contact);
        return this;
    }
}
