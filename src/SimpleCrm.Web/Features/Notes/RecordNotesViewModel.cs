using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Notes;

/// <summary>A record's notes with the add form; <see cref="ReturnUrl"/> is the page they are shown on.</summary>
public sealed record RecordNotesViewModel(RecordRef Record, IReadOnlyList<NoteItem> Notes, string ReturnUrl);
