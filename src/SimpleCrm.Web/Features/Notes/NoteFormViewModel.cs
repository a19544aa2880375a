using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Notes;

/// <summary>The note form page: a new note refused (no <see cref="NoteId"/>) or an edit, and where to go back to.</summary>
public sealed record NoteFormViewModel(RecordRef Record, int? NoteId, string? Text, string? ReturnUrl);
