using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>Many contacts straight into the table, for tests about volume (bulk jobs) where the create command would be slow.</summary>
public static class ContactRows
{
    public static async Task<List<int>> AddAsync(CrmDbContext db, int count, string lastName, string? responsibleUserId)
    {
        var contacts = Enumerable.Range(1, count).Select(i =>
        {
            var contact = new Contact
            {
                Kind = ContactKind.Person,
                FirstName = "Osoba" + i,
                LastName = lastName,
                ResponsibleUserId = responsibleUserId,
                Version = Guid.NewGuid(),
            };
            contact.RefreshDerivedFields();
            return contact;
        }).ToList();
        db.Contacts.AddRange(contacts);
        await db.SaveChangesAsync();
        return [.. contacts.Select(c => c.Id)];
    }
}
