using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Notes;

/// <summary>A note as its edit form starts, with the record it belongs to (where the form goes back to).</summary>
public sealed record NoteForEdit(int Id, RecordRef Record, string Text);
