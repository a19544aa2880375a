using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Pipelines;

/// <summary>What the admin types for a pipeline or a lost reason: its name.</summary>
public sealed class NameInput
{
    public string? Name { get; set; }

    /// <summary>The failures of the field alone; the name's uniqueness needs the database.</summary>
    public IReadOnlyList<Failure> Validate(int maxLength) => LeadConfigurationNames.Validate(Name, maxLength, nameof(Name));
}
