namespace SimpleCrm.Application.Imports;

/// <summary>A column mapping saved under a name for the next import of the same kind of file.</summary>
public sealed class SavedImportMapping
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public ImportEntityType EntityType { get; set; }

    /// <summary>As <see cref="Import.Mapping"/>, but by header text rather than column index, so it fits a file with reordered columns.</summary>
    public string Mapping { get; set; } = "[]";

    public string UserId { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
