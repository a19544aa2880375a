using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Pipelines;

/// <summary>Why a deal was lost (Admin > Lost reasons): an ordered, editable list. Seeded ones read in the user's language until renamed.</summary>
public sealed class LostReason : IArchivableName, IPositioned
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The trimmed, lower-cased name the unique index guards.</summary>
    public string NameKey { get; set; } = string.Empty;

    /// <summary>"LostReasons.Price" for a seeded reason not renamed since; null for a typed name.</summary>
    public string? ResourceKey { get; set; }

    public int Position { get; set; }

    /// <summary>An archived reason stays on its deals but is no longer offered.</summary>
    public bool IsArchived { get; set; }
}
