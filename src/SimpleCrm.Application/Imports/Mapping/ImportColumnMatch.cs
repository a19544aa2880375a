namespace SimpleCrm.Application.Imports.Mapping;

/// <summary>
/// Maps a file's columns by their headers, the way a person would on first sight. First the saved
/// mappings (the one the user chose, then the others) claim the headers they know: what the user
/// decided before wins over any guess. Then each remaining header is compared, folded
/// (<see cref="ImportHeaderFolding"/>), with the names of the system fields in every UI language (and
/// their aliases), then with the custom fields' labels. A field that takes one value is never given to
/// two columns: the first column claiming it keeps it, a later one stays ignored.
/// </summary>
public static class ImportColumnMatch
{
    /// <param name="headers">The file's column names, in order.</param>
    /// <param name="targets">What the columns may be mapped to.</param>
    /// <param name="fieldNames">Per field key, its titles and aliases in all languages (the web side localizes them).</param>
    /// <param name="savedMappingId">A saved mapping the user chose: it goes before the others.</param>
    public static IReadOnlyList<ImportColumn> Match(
        IReadOnlyList<string> headers, ImportMappingTargets targets, IReadOnlyDictionary<string, IReadOnlyList<string>> fieldNames, int? savedMappingId = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(fieldNames);
        var columns = new ImportColumn?[headers.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var folded = headers.Select(ImportHeaderFolding.Fold).ToList();

        var saved = targets.SavedMappings.OrderBy(m => m.Id == savedMappingId ? 0 : 1);
        foreach (var mapping in saved)
        {
            var known = mapping.Columns.GroupBy(c => ImportHeaderFolding.Fold(c.Header)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                if (columns[i] is null && known.TryGetValue(folded[i], out var remembered))
                {
                    var column = new ImportColumn(i, remembered.Target, remembered.FieldKey, remembered.CustomFieldId);
                    if (targets.Offers(column) && Claim(column, taken))
                    {
                        columns[i] = column;
                    }
                }
            }
        }

        var byName = NamesToTargets(targets, fieldNames);
        for (var i = 0; i < headers.Count; i++)
        {
            if (columns[i] is null && folded[i].Length > 0 && byName.TryGetValue(folded[i], out var target))
            {
                var column = target with { Index = i };
                if (Claim(column, taken))
                {
                    columns[i] = column;
                }
            }
        }

        return [.. columns.Select((c, i) => c ?? new ImportColumn(i, ImportTargetKind.Ignored))];
    }

    /// <summary>What a column's target is called for "no field twice": a field key, or the custom field's id; null for targets any number of columns may have.</summary>
    public static string? Slot(ImportColumn column) => column.Target switch
    {
        ImportTargetKind.Field when column.FieldKey is { } key && !ImportFields.Repeatable.Contains(key) => "f:" + key,
        ImportTargetKind.CustomField => "c:" + column.CustomFieldId,
        _ => null,
    };

    private static bool Claim(ImportColumn column, HashSet<string> taken) => Slot(column) is not { } slot || taken.Add(slot);

    /// <summary>Every folded name to its target; system fields in their order first, so an alias never steals a field's own title.</summary>
    private static Dictionary<string, ImportColumn> NamesToTargets(ImportMappingTargets targets, IReadOnlyDictionary<string, IReadOnlyList<string>> fieldNames)
    {
        var byName = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var key in targets.Fields)
        {
            foreach (var name in fieldNames.GetValueOrDefault(key) ?? [key])
            {
                var folded = ImportHeaderFolding.Fold(name);
                if (folded.Length > 0)
                {
                    byName.TryAdd(folded, new ImportColumn(0, ImportTargetKind.Field, key));
                }
            }

            byName.TryAdd(ImportHeaderFolding.Fold(key), new ImportColumn(0, ImportTargetKind.Field, key));
        }

        foreach (var field in targets.CustomFields)
        {
            var folded = ImportHeaderFolding.Fold(field.Label);
            if (folded.Length > 0)
            {
                byName.TryAdd(folded, new ImportColumn(0, ImportTargetKind.CustomField, CustomFieldId: field.Id));
            }
        }

        return byName;
    }
}
