namespace SimpleCrm.Application.Pipelines;

/// <summary>What a new pipeline starts with (the stage template), the pipeline a new installation gets and the seeded lost reasons.</summary>
public static class PipelineDefaults
{
    public static (string Key, string Name) Pipeline { get; } = ("Pipelines.Sales", "Sales");

    public static IReadOnlyList<(string Key, string Name, StageKind Kind, int Probability, string Color)> Stages { get; } =
    [
        ("Stages.NewContact", "New contact", StageKind.Open, 10, "#0d6efd"),
        ("Stages.Qualified", "Qualified", StageKind.Open, 25, "#6f42c1"),
        ("Stages.Proposal", "Proposal", StageKind.Open, 50, "#fd7e14"),
        ("Stages.Negotiation", "Negotiation", StageKind.Open, 75, "#20c997"),
        ("Stages.Won", "Won", StageKind.Won, 100, "#198754"),
        ("Stages.Lost", "Lost", StageKind.Lost, 0, "#6c757d"),
    ];

    public static IReadOnlyList<(string Key, string Name)> LostReasons { get; } =
    [
        ("LostReasons.Price", "Price too high"),
        ("LostReasons.Competitor", "Chose a competitor"),
        ("LostReasons.NoBudget", "No budget"),
        ("LostReasons.NoResponse", "No response"),
        ("LostReasons.NotNeeded", "No longer needed"),
    ];

    /// <summary>The template stages as new rows, in order.</summary>
    public static List<Stage> TemplateStages() =>
        [.. Stages.Select((s, i) => new Stage { Name = s.Name, ResourceKey = s.Key, Kind = s.Kind, Probability = s.Probability, Color = s.Color, Position = i })];
}
