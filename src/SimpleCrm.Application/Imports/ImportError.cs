namespace SimpleCrm.Application.Imports;

/// <summary>A row the import could not save: its original cells (for the error file) and why, as a message key and arguments.</summary>
public sealed class ImportError
{
    public const int MessageKeyMaxLength = 100;

    public long Id { get; set; }

    public int ImportId { get; set; }

    public int RowNumber { get; set; }

    /// <summary>The row's cells as the file held them, JSON array of strings.</summary>
    public string Cells { get; set; } = "[]";

    public string MessageKey { get; set; } = string.Empty;

    /// <summary>The message's arguments, JSON array of strings (a field name, a value).</summary>
    public string? Arguments { get; set; }
}
