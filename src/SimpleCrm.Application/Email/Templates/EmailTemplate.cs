using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Email.Templates;

/// <summary>
/// A reusable email (Admin › Email templates): a unique name, a subject and a plain-text body with
/// placeholders (<see cref="EmailPlaceholders"/>) that the compose page fills with the record's values.
/// </summary>
public sealed class EmailTemplate : IAuditable
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-cased name: template names are unique without regard to case.</summary>
    public string NameKey { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }
}
