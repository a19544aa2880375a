namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// What a cell's text is: typed by a person (CSV, a text cell of a sheet: read in the import's
/// culture), or a typed spreadsheet value written out invariantly (a number as "1234.5" without
/// exponent, a real Excel date as "yyyy-MM-dd" or "yyyy-MM-ddTHH:mm:ss").
/// </summary>
public enum ImportCellKind
{
    Text,
    Number,
    Date,
}
