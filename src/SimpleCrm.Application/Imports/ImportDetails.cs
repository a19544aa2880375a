namespace SimpleCrm.Application.Imports;

/// <summary>
/// What an import's page shows beside its summary: how the file was read (format, code page,
/// delimiter, sheet, culture) and, for admins only, what stopped a failed run (exception text is not
/// for users: they see a friendly message).
/// </summary>
public sealed record ImportDetails(
    ImportSummary Summary,
    string Format,
    int? CodePage,
    string? Delimiter,
    string? Sheet,
    string Culture,
    string? LastError);
