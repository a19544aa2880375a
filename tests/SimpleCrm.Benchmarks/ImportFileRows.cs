using System.Globalization;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The rows of a generated contacts file, as a team exports them from Excel or another CRM: names with
/// diacritics and Cyrillic, one or two emails, phones in local formats, a city and tags. Row n is the
/// same person in every file, so two files starting at different indexes overlap on purpose (the
/// duplicate-check cases). About 2 % of the rows repeat an earlier person of the same file (other
/// spelling of the email) and about 1 % cannot be imported (a broken email, or no name).
/// </summary>
internal static class ImportFileRows
{
    public static readonly string[] Headers = ["Imię", "Nazwisko", "E-mail", "E-mail 2", "Telefon", "Miasto", "Tagi"];

    private static readonly string[] Tags = ["klient", "VIP", "targi 2026", "newsletter", "partner", "Vilnius expo", "опт"];

    /// <summary>The cells of the rows <paramref name="first"/> … first + count − 1.</summary>
    public static IEnumerable<string[]> Generate(int first, int count)
    {
        for (var row = 0; row < count; row++)
        {
            var index = first + row;
            var random = new Random(index);
            if (row > 100 && random.Next(100) < 2)
            {
                // The same person again a little further down, typed with capitals.
                var earlier = Person(index - 1 - random.Next(Math.Min(row, 5000)));
                earlier[2] = earlier[2].ToUpperInvariant();
                yield return earlier;
                continue;
            }

            var person = Person(index);
            switch (random.Next(200))
            {
                case 0: person[2] = person[2].Replace('@', ' '); person[3] = string.Empty; break;
                case 1: person[0] = person[1] = string.Empty; break;
            }

            yield return person;
        }
    }

    private static string[] Person(int index)
    {
        var random = new Random(index * 7919);
        var market = Markets.All[index % Markets.All.Count];
        var female = random.Next(2) == 0;
        var first = Pick(random, female ? market.FemaleFirst : market.MaleFirst);
        var last = Pick(random, female ? market.FemaleLast : market.MaleLast);
        var local = Transliteration.ToAscii(first) + "." + Transliteration.ToAscii(last);
        var id = index.ToString(CultureInfo.InvariantCulture);
        var second = random.Next(3) == 0 ? $"{local}{id}@firma-{index % 977}.{market.Region.ToLowerInvariant()}" : string.Empty;
        var tags = random.Next(3) == 0 ? string.Empty : Pick(random, Tags) + (random.Next(4) == 0 ? ", " + Pick(random, Tags) : string.Empty);
        return [first, last, $"{local}.{id}@{market.EmailDomain}", second, market.Phone(random), Pick(random, market.Cities), tags];
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
