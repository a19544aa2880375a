namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>
/// A saved mapping laid over one file's headers: each saved column finds its header by text (trimmed,
/// case-insensitive), so files whose columns moved still import; headers the mapping does not know are
/// ignored, and mapped headers the file lacks are simply not imported.
/// </summary>
public static class ScheduledImportColumns
{
    public static List<ImportColumn> Match(IReadOnlyList<SavedImportColumn> saved, IReadOnlyList<string> headers)
    {
        var columns = new List<ImportColumn>();
        for (var index = 0; index < headers.Count; index++)
        {
            var header = headers[index].Trim();
            var match = saved.FirstOrDefault(c => string.Equals(c.Header.Trim(), header, StringComparison.OrdinalIgnoreCase));
            if (match is not null && match.Target != ImportTargetKind.Ignored)
            {
                columns.Add(new ImportColumn(index, match.Target, match.FieldKey, match.CustomFieldId));
            }
        }

        return columns;
    }
}
