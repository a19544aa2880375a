using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Contacts;
using SimpleCrm.TestSupport;

namespace SimpleCrm.BrowserTests;

/// <summary>
/// Thirty contacts as our users' data looks, enough for a second page of the list: Polish,
/// Lithuanian, Slovak and Russian names with diacritics and Cyrillic, long company names and
/// long addresses that test how the layout wraps.
/// </summary>
public static class MultilingualContacts
{
    private static readonly (string? First, string? Last, string? Company, string? Position, string City, string Country, string Email, string Phone, string E164)[] People =
    [
        ("Agnieszka", "Wójcik", "Przedsiębiorstwo Handlowo-Usługowe „Żuraw” Sp. z o.o.", "Kierowniczka działu zakupów", "Kraków", "Polska", "agnieszka.wojcik@zuraw.pl", "+48 601 111 222", "+48601111222"),
        ("Grzegorz", "Brzęczyszczykiewicz", "Chrząszcz i Wspólnicy Sp. k.", "Prezes zarządu", "Szczebrzeszyn", "Polska", "g.brzeczyszczykiewicz@chrzaszcz-i-wspolnicy.com.pl", "+48 512 345 678", "+48512345678"),
        ("Małgorzata", "Dąbrowska-Śliwińska", null, "Księgowa", "Gdańsk", "Polska", "malgorzata.dabrowska.sliwinska@poczta.onet.pl", "+48 22 628 00 11", "+48226280011"),
        ("Paweł", "Kowalczyk", "Żabka Polska", "Kierownik regionu", "Poznań", "Polska", "pawel.kowalczyk@example.pl", "+48 600 700 800", "+48600700800"),
        ("Zofia", "Lewandowska", null, null, "Wrocław", "Polska", "zofia.l@example.pl", "+48 790 123 456", "+48790123456"),
        ("Jędrzej", "Szczęsny", "Łąkowe Ogrody", "Ogrodnik", "Zielona Góra", "Polska", "jedrzej@lakowe-ogrody.pl", "+48 698 765 432", "+48698765432"),
        ("Jonas", "Kazlauskas", "UAB „Šiaurės vėjas“", "Pardavimų vadovas", "Vilnius", "Lietuva", "jonas.kazlauskas@siaures-vejas.lt", "+370 612 34567", "+37061234567"),
        ("Rūta", "Žemaitytė-Petrauskienė", "AB „Baltijos žuvėdra“", "Direktorė", "Klaipėda", "Lietuva", "ruta.zemaityte@zuvedra.lt", "+370 698 76543", "+37069876543"),
        ("Mindaugas", "Jankauskas", null, "Inžinierius", "Kaunas", "Lietuva", "mindaugas.j@example.lt", "+370 655 11223", "+37065511223"),
        ("Eglė", "Vaitkutė", "UAB „Ąžuolynas“", null, "Šiauliai", "Lietuva", "egle@azuolynas.lt", "+370 611 22334", "+37061122334"),
        ("Ľubomír", "Horváth", "Slovenské potraviny a.s.", "Obchodný riaditeľ", "Bratislava", "Slovensko", "lubomir.horvath@potraviny.sk", "+421 905 123 456", "+421905123456"),
        ("Zuzana", "Horváthová", null, "Účtovníčka", "Košice", "Slovensko", "zuzana.horvathova@example.sk", "+421 911 222 333", "+421911222333"),
        ("Ďurko", "Šťastný", "Tatranská čokoláda s.r.o.", "Cukrár", "Poprad", "Slovensko", "durko@tatranska-cokolada.sk", "+421 903 987 654", "+421903987654"),
        ("Ľudmila", "Kováčová", null, null, "Žilina", "Slovensko", "ludmila.k@example.sk", "+421 948 111 000", "+421948111000"),
        ("Дмитрий", "Соколов", "ООО «Северный ветер»", "Менеджер по продажам", "Санкт-Петербург", "Россия", "d.sokolov@sever-veter.ru", "+7 921 123-45-67", "+79211234567"),
        ("Екатерина", "Воронцова-Дашкова", "АО «Уральские самоцветы и минералы»", "Главный бухгалтер", "Екатеринбург", "Россия", "e.vorontsova@samotsvety.ru", "+7 343 222-33-44", "+73432223344"),
        ("Алексей", "Кузнецов", null, "Инженер", "Новосибирск", "Россия", "alexey.kuznetsov@example.ru", "+7 913 555-66-77", "+79135556677"),
        ("Наталья", "Смирнова", "ИП Смирнова", null, "Москва", "Россия", "natalia@smirnova.ru", "+7 495 123-45-67", "+74951234567"),
        ("Anna", "Nowak", null, "Handlowiec", "Łódź", "Polska", "anna.nowak@example.pl", "+48 501 502 503", "+48501502503"),
        ("Krzysztof", "Wiśniewski", "Wiśniewski i Syn", "Właściciel", "Białystok", "Polska", "k.wisniewski@example.pl", "+48 602 603 604", "+48602603604"),
        ("Aušra", "Stankevičienė", null, null, "Panevėžys", "Lietuva", "ausra.s@example.lt", "+370 622 33445", "+37062233445"),
        ("Štefan", "Lukáč", null, "Vodič", "Nitra", "Slovensko", "stefan.lukac@example.sk", "+421 907 765 432", "+421907765432"),
    ];

    private static readonly (string Name, string City, string Country, string Email, string Phone, string E164)[] Companies =
    [
        ("Przedsiębiorstwo Handlowo-Usługowe „Żuraw” Sp. z o.o.", "Kraków", "Polska", "biuro@zuraw.pl", "+48 12 345 67 89", "+48123456789"),
        ("Chrząszcz i Wspólnicy Sp. k.", "Szczebrzeszyn", "Polska", "kontakt@chrzaszcz-i-wspolnicy.com.pl", "+48 84 682 11 22", "+48846821122"),
        ("UAB „Šiaurės vėjas“", "Vilnius", "Lietuva", "info@siaures-vejas.lt", "+370 5 212 3456", "+37052123456"),
        ("AB „Baltijos žuvėdra“", "Klaipėda", "Lietuva", "info@zuvedra.lt", "+370 46 31 2345", "+37046312345"),
        ("Slovenské potraviny a.s.", "Bratislava", "Slovensko", "info@potraviny.sk", "+421 2 5443 2211", "+421254432211"),
        ("Tatranská čokoláda s.r.o.", "Poprad", "Slovensko", "objednavky@tatranska-cokolada.sk", "+421 52 772 1234", "+421527721234"),
        ("ООО «Северный ветер»", "Санкт-Петербург", "Россия", "info@sever-veter.ru", "+7 812 123-45-67", "+78121234567"),
        ("АО «Уральские самоцветы и минералы»", "Екатеринбург", "Россия", "office@samotsvety.ru", "+7 343 111-22-33", "+73431112233"),
    ];

    public static int Count => People.Length + Companies.Length;

    /// <summary>Adds the contacts, owned by the given user; companies first, so people link to them by name.</summary>
    public static Task AddAsync(CrmWebFactory factory, string responsibleUserId) =>
        factory.WithDbAsync(async db =>
        {
            var companies = Companies.Select(c => Build(new Contact
            {
                Kind = ContactKind.Company,
                CompanyName = c.Name,
                City = c.City,
                Country = c.Country,
                ResponsibleUserId = responsibleUserId,
            }, c.Email, c.Phone, c.E164)).ToList();
            db.Contacts.AddRange(companies);
            await db.SaveChangesAsync();

            var byName = companies.ToDictionary(c => c.CompanyName!);
            db.Contacts.AddRange(People.Select(p => Build(new Contact
            {
                Kind = ContactKind.Person,
                FirstName = p.First,
                LastName = p.Last,
                CompanyName = p.Company,
                CompanyId = p.Company is not null && byName.TryGetValue(p.Company, out var company) ? company.Id : null,
                Position = p.Position,
                City = p.City,
                Country = p.Country,
                ResponsibleUserId = responsibleUserId,
            }, p.Email, p.Phone, p.E164)));
            return await db.SaveChangesAsync();
        });

    /// <summary>The id of a user by email, e.g. to make the seeded admin the owner of the contacts.</summary>
    public static Task<string> UserIdAsync(CrmWebFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static Contact Build(Contact contact, string email, string phone, string e164)
    {
        contact.Emails.Add(new ContactEmail { Address = email, Normalized = email.ToLowerInvariant(), Position = 0 });
        contact.Phones.Add(new ContactPhone { Number = phone, E164 = e164, Position = 0 });
        contact.RefreshDerivedFields();
        return contact;
    }
}
