namespace SimpleCrm.Application.Pipelines;

/// <summary>A sales cycle (Admin > Pipelines): an ordered set of stages that deals move through. Archived ones are kept, not deleted.</summary>
public sealed class Pipeline : IArchivableName
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The trimmed, lower-cased name the unique index guards: "Sales" and "SALES" clash, as "Żółty" and "ŻÓŁTY" do.</summary>
    public string NameKey { get; set; } = string.Empty;

    /// <summary>"Pipelines.Sales" for the seeded pipeline not renamed since; null for a typed name.</summary>
    public string? ResourceKey { get; set; }

    public int Position { get; set; }

    public bool IsArchived { get; set; }

    public List<Stage> Stages { get; set; } = [];
}
