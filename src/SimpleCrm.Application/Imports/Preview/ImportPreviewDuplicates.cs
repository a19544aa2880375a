using System.Globalization;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// The duplicate policy as the run applies it, row after row of the preview: a key an earlier placed
/// row had wins over one the database knows; a known record the user may not see is skipped without
/// being revealed; "create anyway" still names the duplicates (the run then does not look them up).
/// </summary>
internal sealed class ImportPreviewDuplicates(ImportDuplicatePolicy policy, Func<IReadOnlyList<string>, (int Id, bool Visible)?> known)
{
    private readonly Dictionary<string, int> _rowOfKey = new(StringComparer.Ordinal);

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
