namespace SimpleCrm.Application.Imports.Reading;

/// <summary>What an uploaded file really is, told by its content rather than its name.</summary>
public enum ImportFileFormat
{
    /// <summary>Delimited text: CSV, TSV, or any of the delimiters the probe knows.</summary>
    Text,
    Xlsx,
    Xls,
}
