using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Mapping;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>Step 3: each file column with a few of its values and its target; the saved mappings.</summary>
public sealed record MappingViewModel(
    string Token,
    ImportWizardState State,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Samples,
    IReadOnlyList<ImportColumn> Columns,
    ImportMappingTargets Targets,
    string? SaveAsName = null)
{
    public const int SampleCount = 3;
}
