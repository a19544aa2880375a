using System.Globalization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The duplicate policy as the run applies it, row after row of the preview: a key an earlier placed
/// row had wins over one the database knows; a known record the user may not see is skipped without
/// being revealed; "create anyway" still names the duplicates (the run then does not look them up).
/// </summary>
internal sealed class ImportPreviewDuplicates(ImportDuplicatePolicy policy, Func<IReadOnlyList<string>, (int Id, bool Visible)?> known)
{
    private readonly Dictionary<string, int> _rowOfKey = new(StringComparer.Ordinal);

    /// <summary>
    /// The preview's rows of checked rows in file order: a row with problems fails, the others are
    /// placed by the policy (a duplicate adding its problem); values as <paramref name="valuesOf"/> shows them.
    /// </summary>
    public IReadOnlyList<ImportPreviewRow> Rows<TChecked>(
        IEnumerable<TChecked> rows, Func<TChecked, ImportRow> rowOf, Func<TChecked, IReadOnlyList<Failure>> problemsOf,
        Func<TChecked, IReadOnlyList<string>> keysOf, Func<TChecked, IReadOnlyList<string?>> valuesOf) =>
        [.. rows.Select(c =>
        {
            var problems = problemsOf(c).ToList();
            var number = rowOf(c).Number;
            var outcome = problems.Count > 0 ? ImportRowOutcome.Fail : Place(number, keysOf(c), problems);
            return new ImportPreviewRow(number, outcome, valuesOf(c), problems);
        })];

    public ImportRowOutcome Place(int rowNumber, IReadOnlyList<string> keys, List<Failure> problems)
    {
        var outcome = ImportRowOutcome.Create;
        var earlier = keys.Select(k => _rowOfKey.GetValueOrDefault(k)).FirstOrDefault(n => n > 0);
        if (earlier > 0)
        {
            problems.Add(new Failure(ImportMessages.DuplicateInFile, earlier.ToString(CultureInfo.InvariantCulture)));
            outcome = ByPolicy();
        }
        else if (known(keys) is { } match)
        {
            if (match.Visible)
            {
                problems.Add(new Failure(ImportMessages.DuplicateExisting));
                outcome = ByPolicy();
            }
            else if (policy != ImportDuplicatePolicy.CreateAnyway)
            {
                problems.Add(new Failure(ImportMessages.DuplicateNotVisible));
                outcome = ImportRowOutcome.SkipDuplicate;
            }
        }

        if (outcome != ImportRowOutcome.SkipDuplicate)
        {
            foreach (var key in keys)
            {
                _rowOfKey.TryAdd(key, rowNumber);
            }
        }

        return outcome;
    }

    private ImportRowOutcome ByPolicy() => policy switch
    {
        ImportDuplicatePolicy.Skip => ImportRowOutcome.SkipDuplicate,
        ImportDuplicatePolicy.Update => ImportRowOutcome.Update,
        _ => ImportRowOutcome.Create,
    };
}
