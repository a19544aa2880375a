namespace SimpleCrm.Application.Seeding;

/// <summary>First-run settings (section "Seed").</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The fixed demo password used in Development when none is configured (shown in the README).</summary>
    public const string DevelopmentPassword = "Demo-Password-2026";

    public string AdminEmail { get; set; } = "admin@simplecrm.local";

    public string? AdminPassword { get; set; }

    /// <summary>Seed demo users and a few hundred contacts into an empty database. Null: on in Development only.</summary>
    public bool? DemoData { get; set; }
}
