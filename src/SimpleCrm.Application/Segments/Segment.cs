using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Segments;

/// <summary>A saved contact filter ("VIP in Kraków"), evaluated whenever it is used. Private to its owner or shared with everyone.</summary>
public sealed class Segment : IAuditable
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string OwnerId { get; set; } = string.Empty;

    public bool IsShared { get; set; }

    /// <summary>The <see cref="SimpleCrm.Application.Contacts.ContactFilter"/> as JSON: a definition, never filtered on.</summary>
    public string Filter { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
