using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Lists;

/// <summary>A static, named list of contacts ("Fair 2026 visitors"): members are added and removed by hand or in bulk.</summary>
public sealed class ContactList : IAuditable
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The name trimmed and lower-cased: unique, so "Targi 2026" and "TARGI 2026" cannot both exist, even when saved at once.</summary>
    public string NameKey { get; set; } = string.Empty;

    public string? Description { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
