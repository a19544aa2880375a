using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

/// <summary>
/// The app with a known list: 30 people and 4 companies of Alicja, 5 people of Bartek. Company
/// names carry Polish letters, so sorting has to use the folded keys.
/// </summary>
public sealed class ContactListFixture : CrmWebFactory, IAsyncLifetime
{
    private static readonly string[] CompanyStems = ["Łąka", "Lasy", "Żuraw", "Zebra", "Ósemka", "Orzeł", "Ćma", "Cis"];

    public string AlicjaId { get; private set; } = string.Empty;

    public string BartekId { get; private set; } = string.Empty;

    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    public async Task InitializeAsync()
    {
        AlicjaId = await CreateUserAsync("alicja@test.local", Roles.SalesRep, "Alicja Lista");
        BartekId = await CreateUserAsync("bartek@test.local", Roles.SalesRep, "Bartek Lista");
        var builders = new List<ContactBuilder>();
        for (var i = 0; i < 30; i++)
        {
            builders.Add(ContactBuilder.Person("Osoba", $"A{i:00}").WorkingAt($"{CompanyStems[i % CompanyStems.Length]} {i:00}").OwnedBy(AlicjaId));
        }

        for (var i = 0; i < 5; i++)
        {
            builders.Add(ContactBuilder.Person("Osoba", $"B{i:00}").WorkingAt($"Bfirma {i:00}").OwnedBy(BartekId));
        }

        for (var i = 0; i < 4; i++)
        {
            builders.Add(ContactBuilder.Company($"Spółka {i:00}").OwnedBy(AlicjaId));
        }

        Contacts = await ContactBuilder.SaveAllAsync(this, builders);
    }

    /// <summary>Profile links of the given contacts in the order of the Company column, as the database sorts the folded keys.</summary>
    public static List<string> ByCompany(IEnumerable<Contact> contacts, bool descending)
    {
        var ordered = descending
            ? contacts.OrderByDescending(c => TextFolding.Fold(c.CompanyName), StringComparer.Ordinal).ThenByDescending(c => c.Id)
            : contacts.OrderBy(c => TextFolding.Fold(c.CompanyName), StringComparer.Ordinal).ThenBy(c => c.Id);
        return [.. ordered.Select(c => $"/Contacts/{c.Id}")];
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
