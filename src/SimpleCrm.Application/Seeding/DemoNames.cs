using Bogus;
using Bogus.DataSets;

namespace SimpleCrm.Application.Seeding;

/// <summary>Names, places and companies of one market: from Bogus's locale, or Lithuanian lists Bogus lacks.</summary>
internal sealed class DemoNames(Faker faker, bool lithuanian)
{
    public string FirstName(bool female) => lithuanian
        ? faker.PickRandom(female ? LithuanianDemoNames.FemaleFirst : LithuanianDemoNames.MaleFirst)
        : faker.Name.FirstName(female ? Name.Gender.Female : Name.Gender.Male);

    public string LastName(bool female) => lithuanian
        ? faker.PickRandom(female ? LithuanianDemoNames.FemaleLast : LithuanianDemoNames.MaleLast)
        : faker.Name.LastName(female ? Name.Gender.Female : Name.Gender.Male);

    public string City() => lithuanian ? faker.PickRandom(LithuanianDemoNames.Cities) : faker.Address.City();

    public string Street() => lithuanian
        ? $"{faker.PickRandom(LithuanianDemoNames.Streets)} {faker.Random.Number(1, 120)}"
        : faker.Address.StreetAddress();

    public string CompanyName() => lithuanian
        ? $"UAB „{faker.PickRandom(LithuanianDemoNames.CompanyStems)} {faker.PickRandom(LithuanianDemoNames.CompanyKinds)}“"
        : faker.Company.CompanyName();

    /// <summary>A local phone number as people type it ("612 34567" in Lithuania).</summary>
    public string Phone() => lithuanian ? $"6{faker.Random.Number(10, 99)} {faker.Random.Number(10000, 99999)}" : faker.Phone.PhoneNumber();

    public string Position() => lithuanian ? faker.PickRandom(LithuanianDemoNames.Positions) : faker.Name.JobTitle();
}
