using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>What every batch writes besides its records: a failed row's error row (the cells as the file held them and why), and the advanced counts and checkpoint.</summary>
internal static class ImportErrorRows
{
    public static ImportError Of(Import import, ImportRow row, Failure failure) => new()
    {
        ImportId = import.Id,
        RowNumber = row.Number,
        Cells = ImportJson.Write(row.Cells.Select(c => c.Text).ToList()),
        MessageKey = failure.MessageKey.Length > ImportError.MessageKeyMaxLength ? failure.MessageKey[..ImportError.MessageKeyMaxLength] : failure.MessageKey,
        Arguments = failure.Field is null ? null : ImportJson.Write(new[] { failure.Field }),
    };

    /// <summary>The batch's rows done: a skipped duplicate the user may not see has an error row (its reason) but is not a failure.</summary>
    public static void Advance(Import import, int rowCount, IEnumerable<ImportError> errors)
    {
        import.Processed += rowCount;
        import.Checkpoint += rowCount;
        import.Failed += errors.Count(e => e.MessageKey != ImportMessages.DuplicateNotVisible);
    }
}
