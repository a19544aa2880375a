namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>Step 3's form: one target per file column (ImportTargetValue), the saved mapping to apply, the name to save this one as.</summary>
public sealed class MappingInput
{
    public List<string?> Targets { get; set; } = [];

    public int? SavedMappingId { get; set; }

    public string? SaveAsName { get; set; }
}
