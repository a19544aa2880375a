using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>Where a lead came from (a fair, the website, a referral…): an admin-edited list. Seeded ones read in the user's language until renamed.</summary>
public sealed class LeadSource : IPositioned
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>"LeadSources.Fair" for a seeded source not renamed since; null for a typed name.</summary>
    public string? ResourceKey { get; set; }

    public int Position { get; set; }

    /// <summary>A retired source stays on its old leads but is no longer offered.</summary>
    public bool IsActive { get; set; } = true;
}
