namespace SimpleCrm.Application.Imports.Reading;

/// <summary>Message keys of files that cannot be read, each shown to the user instead of an error page.</summary>
public static class ImportReadMessages
{
    public const string EmptyFile = "Imports.Read.EmptyFile";
    public const string NoDataRows = "Imports.Read.NoDataRows";
    public const string BinaryFile = "Imports.Read.BinaryFile";
    public const string NotASpreadsheet = "Imports.Read.NotASpreadsheet";
    public const string CorruptWorkbook = "Imports.Read.CorruptWorkbook";
    public const string TooLargeWorkbook = "Imports.Read.TooLargeWorkbook";
    public const string SheetNotFound = "Imports.Read.SheetNotFound";
    public const string UnsupportedEncoding = "Imports.Read.UnsupportedEncoding";
    public const string DuplicateHeader = "Imports.Read.DuplicateHeader";
    public const string LineTooLong = "Imports.Read.LineTooLong";
    public const string FieldTooLong = "Imports.Read.FieldTooLong";
    public const string RaggedRow = "Imports.Read.RaggedRow";
    public const string InvalidDate = "Imports.Value.InvalidDate";
    public const string InvalidNumber = "Imports.Value.InvalidNumber";
}
