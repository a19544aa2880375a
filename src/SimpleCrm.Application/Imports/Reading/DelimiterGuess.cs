namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// Tells the delimiter of a text file from its first records: the candidate that splits the header into
/// more than one column and every following record into as many wins; quoted fields are honoured, so a
/// comma inside "Kowalski, Jan" does not count.
/// </summary>
internal static class DelimiterGuess
{
    public static IReadOnlyList<char> Candidates { get; } = [',', ';', '\t', '|'];

    private const int RecordsToCompare = 20;

    /// <summary>The best delimiter for the sample; a sample cut mid-record has its last record ignored.</summary>
    public static char Guess(string sample, bool complete)
    {
        var best = ',';
        var bestScore = (Consistent: -1.0, Columns: 0);
        foreach (var candidate in Candidates)
        {
            var counts = FieldCounts(sample, candidate, complete);
            if (counts.Count == 0 || counts[0] < 2)
            {
                continue;
            }

            var score = (Consistent: counts.Count(c => c == counts[0]) / (double)counts.Count, Columns: counts[0]);
            if (score.Consistent > bestScore.Consistent || (score.Consistent == bestScore.Consistent && score.Columns > bestScore.Columns))
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    private static List<int> FieldCounts(string sample, char delimiter, bool complete)
    {
        var counts = new List<int>();
        var fields = 1;
        var quoted = false;
        var blank = true;
        for (var i = 0; i < sample.Length && counts.Count < RecordsToCompare; i++)
        {
            var c = sample[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == delimiter)
            {
                fields++;
            }
            else if (c is '\n' or '\r')
            {
                if (!blank)
                {
                    counts.Add(fields);
                }

                (fields, blank) = (1, true);
                continue;
            }

            blank = false;
        }

        if (complete && !blank && counts.Count < RecordsToCompare)
        {
            counts.Add(fields);
        }

        return counts;
    }
}
