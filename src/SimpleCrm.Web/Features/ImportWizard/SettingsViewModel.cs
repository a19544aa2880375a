using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>Step 2: the read settings in force and the file read with them (null when it cannot be read so; the message is on the page).</summary>
public sealed record SettingsViewModel(string Token, ImportWizardState State, ImportProbe? Probe)
{
    /// <summary>How many preview rows the page shows: enough to see the decoding, few enough for a phone.</summary>
    public const int RowsShown = 10;

    public static IReadOnlyList<int> CodePages { get; } =
        [ImportEncodings.Utf8, ImportEncodings.Utf16LittleEndian, ImportEncodings.Utf16BigEndian, 1250, 1257, 1251, 1252];
}
