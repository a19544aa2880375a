namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// How to read a file: what the probe guessed, or what the user chose instead when the preview looked
/// wrong. Encoding (a Windows code page number, 65001 for UTF-8, 1200/1201 for UTF-16 LE/BE) and delimiter
/// apply to text files, the sheet name to workbooks (null: the first sheet).
/// </summary>
public sealed record ImportReadSettings(ImportFileFormat Format, int CodePage = 65001, char Delimiter = ',', string? SheetName = null);
