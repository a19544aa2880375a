namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// What the probe made of an uploaded file: the settings it would read it with (shown to the user, who may
/// change the encoding, delimiter or sheet), the workbook's sheets, the column names and the first rows
/// decoded that way, so a wrong guess is visible before anything is saved.
/// </summary>
public sealed record ImportProbe(
    ImportReadSettings Settings,
    IReadOnlyList<string> SheetNames,
    IReadOnlyList<string> Headers,
    IReadOnlyList<ImportRow> Preview);
