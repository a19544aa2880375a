using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>What the admin types for a lead source: its name.</summary>
public sealed class LeadSourceInput
{
    public string? Name { get; set; }

    /// <summary>The failures of the field alone; the name's uniqueness needs the database.</summary>
    public IReadOnlyList<Failure> Validate() => LeadConfigurationNames.Validate(Name, LeadSource.NameMaxLength, nameof(Name));
}
