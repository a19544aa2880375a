using System.Text.RegularExpressions;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Pipelines;

/// <summary>What the admin types for a stage: its name, kind, win probability and colour.</summary>
public sealed partial class StageInput
{
    public string? Name { get; set; }

    public StageKind Kind { get; set; } = StageKind.Open;

    /// <summary>0–100; empty for none.</summary>
    public int? Probability { get; set; }

    /// <summary>"#rrggbb", as an input of type colour sends it.</summary>
    public string? Color { get; set; } = "#6c757d";

    /// <summary>The failures of the fields alone; the name's uniqueness and the Open-stage rule need the database.</summary>
    public IReadOnlyList<Failure> Validate()
    {
        var failures = new List<Failure>(LeadConfigurationNames.Validate(Name, Stage.NameMaxLength, nameof(Name)));
        if (!Enum.IsDefined(Kind))
        {
            failures.Add(new Failure(PipelineMessages.InvalidKind, nameof(Kind)));
        }

        if (Probability is < 0 or > 100)
        {
            failures.Add(new Failure(PipelineMessages.InvalidProbability, nameof(Probability)));
        }

        if (!HexColor().IsMatch(Color?.Trim() ?? string.Empty))
        {
            failures.Add(new Failure(PipelineMessages.InvalidColor, nameof(Color)));
        }

        return failures;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
