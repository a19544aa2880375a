using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Pipelines;

/// <summary>
/// A column of a pipeline: ordered, coloured, with a kind and an optional win probability. Template
/// stages carry a resource key so they read in the user's language until an admin renames them.
/// </summary>
public sealed class Stage : IPositioned
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public int PipelineId { get; set; }

    public Pipeline? Pipeline { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>"Stages.Proposal" for a template stage not renamed since; null for a typed name.</summary>
    public string? ResourceKey { get; set; }

    public int Position { get; set; }

    public StageKind Kind { get; set; }

    /// <summary>The chance of winning a deal in this stage, 0–100; null when the admin gives none.</summary>
    public int? Probability { get; set; }

    /// <summary>A CSS colour, "#0d6efd", as lead statuses have.</summary>
    public string Color { get; set; } = "#6c757d";
}
