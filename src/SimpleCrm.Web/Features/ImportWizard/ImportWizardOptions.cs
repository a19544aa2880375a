namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>"Imports:MaxUploadMegabytes": how big a file the wizard takes (imports are bigger than a record's attachments).</summary>
public sealed class ImportWizardOptions
{
    public const string Section = "Imports";
    public const int DefaultMaxUploadMegabytes = 50;

    public int MaxUploadMegabytes { get; set; } = DefaultMaxUploadMegabytes;

    public long MaxUploadBytes => (long)Math.Max(1, MaxUploadMegabytes) * 1024 * 1024;
}
