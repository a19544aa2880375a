namespace SimpleCrm.Application.Imports;

/// <summary>The imports' message keys (SharedResource).</summary>
public static class ImportMessages
{
    public const string InvalidDate = "Imports.InvalidDate";
    public const string InvalidNumber = "Imports.InvalidNumber";
    public const string InvalidYesNo = "Imports.InvalidYesNo";
    public const string InvalidOption = "Imports.InvalidOption";
    public const string CustomFieldRequired = "Imports.CustomFieldRequired";
    public const string CustomFieldUnknown = "Imports.CustomFieldUnknown";
    public const string DuplicateNotVisible = "Imports.DuplicateNotVisible";
    public const string DuplicateExisting = "Imports.DuplicateExisting";
    public const string DuplicateInFile = "Imports.DuplicateInFile";
    public const string NotUndoable = "Imports.NotUndoable";
    public const string NotCancellable = "Imports.NotCancellable";
    public const string CreatorInactive = "Imports.CreatorInactive";
    public const string ListUnknown = "Imports.ListUnknown";
    public const string Reason = "Imports.Reason";
    public const string NameNotMapped = "Imports.NameNotMapped";
    public const string UnknownField = "Imports.UnknownField";
    public const string ResponsibleUnknown = "Imports.ResponsibleUnknown";
    public const string NotSupported = "Imports.EntityTypeNotSupported";
}
