namespace SimpleCrm.Benchmarks;

/// <summary>
/// Real-looking data of the four markets, with the diacritics and Cyrillic the folding must handle.
/// Each surname is listed once, so a fragment of a common one ("kowal": Kowalski, Kowalska, Kowalczyk)
/// hits about 1.5 % of the contacts, as a real search would.
/// </summary>
internal static class Markets
{
    public static readonly Market Poland = new(
        "Polska",
        "PL",
        "example.pl",
        ["Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Łukasz", "Grzegorz", "Wojciech", "Mikołaj", "Jędrzej"],
        ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Joanna", "Zofia", "Magdalena", "Bożena", "Jadwiga"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Górski"],
        ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowska", "Zielińska", "Szymańska", "Woźniak", "Dąbrowska", "Kozłowska", "Jankowska", "Mazur", "Krawczyk", "Kaczmarek", "Piotrowska", "Grabowska", "Pawłowska", "Michalska", "Król", "Wieczorek", "Jabłońska", "Wróbel", "Nowakowska", "Majewska", "Olszewska", "Stępień", "Malinowska", "Górska"],
        ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Bydgoszcz", "Lublin", "Białystok", "Katowice", "Gdynia", "Częstochowa", "Radom", "Toruń", "Kielce", "Rzeszów", "Gliwice", "Zabrze", "Olsztyn"],
        ["Mostostal", "Żywiec", "Polmlek", "Budimex", "Wawel", "Sokółka", "Bałtyk", "Śnieżka", "Mazowsze", "Pomorze", "Tatry", "Wisła", "Odra", "Gwarek", "Rolnik", "Kęty"],
        ["sp. z o.o.", "S.A.", "sp.j.", "Handel", "Logistyka", "Budownictwo", "Technologie", "Meble"],
        (stem, form) => $"{stem} {form}",
        ["Dyrektor handlowy", "Kierownik zakupów", "Główna księgowa", "Specjalista ds. sprzedaży", "Prezes zarządu", "Kierownik projektu"],
        r => $"{r.Next(500, 800)} {r.Next(100, 1000)} {r.Next(100, 1000)}");

    public static readonly Market Lithuania = new(
        "Lietuva",
        "LT",
        "example.lt",
        ["Jonas", "Mantas", "Lukas", "Tomas", "Paulius", "Darius", "Žygimantas", "Gintaras", "Rokas", "Šarūnas", "Vytautas", "Kęstutis"],
        ["Rūta", "Eglė", "Gintarė", "Ieva", "Aušra", "Jurgita", "Simona", "Dalia", "Živilė", "Austėja", "Gabija", "Milda"],
        ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas", "Šimkus", "Balčiūnas", "Navickas", "Ramanauskas", "Savickas", "Žilinskas"],
        ["Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Stankevičiūtė", "Vasiliauskienė", "Žukauskaitė", "Butkienė", "Paulauskaitė", "Urbonienė", "Kavaliauskaitė", "Šimkienė", "Balčiūnaitė", "Navickienė", "Ramanauskaitė", "Savickienė", "Žilinskienė"],
        ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Mažeikiai", "Utena", "Kėdainiai"],
        ["Baltijos", "Žalgirio", "Nemuno", "Gintarinė", "Aukštaitijos", "Šiaurės", "Vilniaus", "Kauno", "Pajūrio", "Dzūkijos"],
        ["prekyba", "statyba", "logistika", "technologijos", "baldai", "energija", "maistas", "konsultacijos"],
        (stem, form) => $"UAB „{stem} {form}“",
        ["Direktorius", "Pardavimų vadovas", "Vyr. buhalterė", "Projektų vadovas", "Pirkimų specialistas", "Rinkodaros vadovė"],
        r => $"+370 6{r.Next(10, 100)} {r.Next(10000, 100000)}");

    public static readonly Market Slovakia = new(
        "Slovensko",
        "SK",
        "example.sk",
        ["Ján", "Peter", "Jozef", "Martin", "Tomáš", "Michal", "Ľubomír", "Marek", "Štefan", "Juraj", "Dušan", "Miroslav"],
        ["Mária", "Jana", "Zuzana", "Eva", "Katarína", "Lucia", "Ľudmila", "Andrea", "Veronika", "Monika", "Zdenka", "Jarmila"],
        ["Horváth", "Kováč", "Varga", "Tóth", "Nagy", "Baláž", "Szabó", "Molnár", "Šimko", "Lukáč", "Kráľ", "Novák", "Polák", "Hudák", "Ďurica", "Čierny"],
        ["Horváthová", "Kováčová", "Vargová", "Tóthová", "Nagyová", "Balážová", "Szabóová", "Molnárová", "Šimková", "Lukáčová", "Kráľová", "Nováková", "Poláková", "Hudáková", "Ďuricová", "Čierna"],
        ["Bratislava", "Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica", "Trnava", "Trenčín", "Martin", "Poprad"],
        ["Tatra", "Slovnaft", "Považie", "Dunaj", "Orava", "Liptov", "Záhorie", "Spiš", "Kysuce", "Hron"],
        ["s.r.o.", "a.s.", "obchod", "stavby", "logistika", "technológie"],
        (stem, form) => $"{stem} {form}",
        ["Riaditeľ", "Obchodný manažér", "Hlavná účtovníčka", "Projektový manažér", "Nákupca", "Konateľ"],
        r => $"+421 9{r.Next(0, 50):00} {r.Next(100, 1000)} {r.Next(100, 1000)}");

    public static readonly Market Russia = new(
        "Россия",
        "RU",
        "example.ru",
        ["Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Михаил", "Артём", "Иван", "Николай", "Юрий", "Фёдор", "Евгений"],
        ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Юлия", "Светлана", "Алёна", "Дарья", "Ксения"],
        ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров"],
        ["Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова", "Михайлова", "Новикова", "Фёдорова", "Морозова", "Волкова", "Алексеева", "Лебедева", "Семёнова", "Егорова"],
        ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Нижний Новгород", "Самара", "Омск", "Ростов-на-Дону", "Уфа"],
        ["Северсталь", "Волга", "Урал", "Сибирь", "Байкал", "Енисей", "Кама", "Нева", "Алтай", "Дон"],
        ["ООО", "АО"],
        (stem, form) => $"{form} «{stem}»",
        ["Генеральный директор", "Менеджер по продажам", "Главный бухгалтер", "Руководитель проекта", "Закупщик", "Коммерческий директор"],
        r => $"+7 (9{r.Next(10, 100)}) {r.Next(100, 1000)}-{r.Next(10, 100)}-{r.Next(10, 100)}");

    public static IReadOnlyList<Market> All { get; } = [Poland, Lithuania, Slovakia, Russia];
}
