namespace SimpleCrm.Application.Notes;

/// <summary>A note as a record's notes list shows it, with whether the reader may edit or delete it.</summary>
public sealed record NoteItem(
    int Id,
    string Text,
    string? AuthorName,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string? EditorName,
    bool CanEdit,
    bool CanDelete)
{
    public bool WasEdited => UpdatedAt > CreatedAt;
}
