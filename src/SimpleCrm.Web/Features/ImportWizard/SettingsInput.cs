namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>Step 2's form: how to read the file (text: encoding and delimiter; workbook: sheet).</summary>
public sealed class SettingsInput
{
    public int? CodePage { get; set; }

    /// <summary>",", ";", "|" or "tab".</summary>
    public string? Delimiter { get; set; }

    public string? Sheet { get; set; }

    public const string Tab = "tab";

    /// <summary>The delimiters offered: the posted value, the character, the name of its title ("Imports.Wizard.Delimiter.{Name}").</summary>
    public static IReadOnlyList<(string Value, char Delimiter, string Name)> Delimiters { get; } =
        [(",", ',', "Comma"), (";", ';', "Semicolon"), (Tab, '\t', "Tab"), ("|", '|', "Pipe")];
}
