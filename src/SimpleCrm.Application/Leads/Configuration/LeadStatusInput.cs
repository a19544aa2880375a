using System.Text.RegularExpressions;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>What the admin types for a lead status: its name, colour, meaning and whether the kanban shows it.</summary>
public sealed partial class LeadStatusInput
{
    public string? Name { get; set; }

    /// <summary>"#rrggbb", as an input of type colour sends it.</summary>
    public string? Color { get; set; } = "#6c757d";

    public LeadStatusMeaning Meaning { get; set; } = LeadStatusMeaning.Open;

    public bool ShowOnKanban { get; set; } = true;

    /// <summary>The failures of the fields alone; the name's uniqueness and the meaning rules need the database.</summary>
    public IReadOnlyList<Failure> Validate()
    {
        var failures = new List<Failure>(LeadConfigurationNames.Validate(Name, LeadStatus.NameMaxLength, nameof(Name)));
        if (!HexColor().IsMatch(Color?.Trim() ?? string.Empty))
        {
            failures.Add(new Failure(LeadConfigurationMessages.InvalidColor, nameof(Color)));
        }

        if (!Enum.IsDefined(Meaning))
        {
            failures.Add(new Failure(LeadConfigurationMessages.InvalidMeaning, nameof(Meaning)));
        }

        return failures;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
