namespace SimpleCrm.Application.Tags;

/// <summary>A free label on contacts. Unique without regard to case ("VIP" = "vip"); keeps its first spelling.</summary>
public sealed class Tag
{
    public const int MaxLength = 100;

    public int Id { get; set; }

    /// <summary>As first typed.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-cased, trimmed, inner spaces collapsed: what makes two spellings one tag.</summary>
    public string NameKey { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    /// <summary>The key of a typed tag name; two names with the same key are the same tag.</summary>
    public static string KeyOf(string name) =>
        string.Join(' ', name.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
