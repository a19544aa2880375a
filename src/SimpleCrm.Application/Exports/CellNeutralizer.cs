namespace SimpleCrm.Application.Exports;

/// <summary>
/// Spreadsheet formula injection (ASVS 5.0 §1.2.10): a cell that starts with = + - @, a tab, a
/// carriage return or NUL could run as a formula when the file is opened in Excel. Both writers pass
/// every text through here, so such a value is prefixed with a single quote and shows as text.
/// </summary>
public static class CellNeutralizer
{
    public const char Prefix = '\'';

    private static readonly char[] Dangerous = ['=', '+', '-', '@', '\t', '\r', '\0'];

    public static string Neutralize(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty
        : Array.IndexOf(Dangerous, value[0]) >= 0 ? Prefix + value
        : value;
}
