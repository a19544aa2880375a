namespace SimpleCrm.Application.Seeding;

/// <summary>Bogus has no Lithuanian locale: a small set of real Lithuanian names, places and companies.</summary>
internal static class LithuanianDemoNames
{
    public static readonly string[] MaleFirst = ["Jonas", "Mantas", "Lukas", "Tomas", "Paulius", "Darius", "Žygimantas", "Gintaras", "Rokas", "Šarūnas", "Vytautas", "Kęstutis"];

    public static readonly string[] FemaleFirst = ["Rūta", "Eglė", "Gintarė", "Ieva", "Aušra", "Jurgita", "Simona", "Dalia", "Živilė", "Austėja", "Gabija", "Milda"];

    public static readonly string[] MaleLast = ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas", "Šimkus", "Balčiūnas"];

    public static readonly string[] FemaleLast = ["Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Stankevičiūtė", "Vasiliauskienė", "Žukauskaitė", "Butkienė", "Paulauskaitė", "Urbonienė", "Kavaliauskaitė", "Šimkienė", "Balčiūnaitė"];

    public static readonly string[] Cities = ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Mažeikiai", "Utena", "Kėdainiai"];

    public static readonly string[] Streets = ["Gedimino pr.", "Laisvės al.", "Savanorių pr.", "Konstitucijos pr.", "Žalgirio g.", "Vilniaus g.", "Taikos pr.", "Ukmergės g."];

    public static readonly string[] CompanyStems = ["Baltijos", "Žalgirio", "Nemuno", "Gintarinė", "Aukštaitijos", "Šiaurės", "Vilniaus", "Kauno", "Pajūrio", "Dzūkijos"];

    public static readonly string[] CompanyKinds = ["prekyba", "statyba", "logistika", "technologijos", "baldai", "energija", "maistas", "konsultacijos"];

    public static readonly string[] Positions = ["Direktorius", "Pardavimų vadovas", "Vyr. buhalterė", "Projektų vadovas", "Pirkimų specialistas", "Rinkodaros vadovė"];
}
