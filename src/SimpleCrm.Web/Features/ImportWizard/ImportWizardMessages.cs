namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>The wizard's own message keys (the files' come from ImportReadMessages, the mapping's from ImportMappingMessages).</summary>
public static class ImportWizardMessages
{
    public const string NoFile = "Imports.Wizard.NoFile";
    public const string TooLarge = "Imports.Wizard.TooLarge";
    public const string UnsupportedExtension = "Imports.Wizard.UnsupportedExtension";
    public const string Expired = "Imports.Wizard.Expired";
    public const string MappingSaved = "Imports.Wizard.MappingSaved";

    /// <summary>The file types the upload takes; what they really are is checked by content.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".tsv", ".txt", ".xlsx", ".xls"];
}
