using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// A row of the preview. Values: one per column of the page, as they will be saved (trimmed text,
/// yyyy-MM-dd dates, invariant amounts, E.164 phones, null when empty or invalid). Problems: message
/// keys with their argument in <see cref="Failure.Field"/> (the column's header; for a duplicate in
/// the file, the earlier row's number). A duplicate is a problem even when the policy then updates
/// or creates anyway: <see cref="Outcome"/> says what happens.
/// </summary>
public sealed record ImportPreviewRow(int RowNumber, ImportRowOutcome Outcome, IReadOnlyList<string?> Values, IReadOnlyList<Failure> Problems);
