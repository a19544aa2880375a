using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>
/// A step a lead is worked through, configured by the admin: ordered, coloured, with a meaning and
/// a "show on kanban" switch. Seeded statuses carry a resource key so they read in the user's
/// language until an admin renames them (a typed name is shown as typed).
/// </summary>
public sealed class LeadStatus : IPositioned
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>"LeadStatuses.New" for a seeded status not renamed since; null for a typed name.</summary>
    public string? ResourceKey { get; set; }

    /// <summary>A CSS colour, "#0d6efd".</summary>
    public string Color { get; set; } = "#6c757d";

    public int Position { get; set; }

    public LeadStatusMeaning Meaning { get; set; }

    public bool ShowOnKanban { get; set; } = true;
}
