using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// Everything chosen so far, carried from step to step inside a data-protected token (never as plain
/// form fields: the stored file's name and the owner must not be the client's to change).
/// <see cref="Headers"/> are the columns the mapping was made for: new read settings that change
/// them start the mapping afresh.
/// </summary>
public sealed record ImportWizardState(
    string UserId,
    DateTimeOffset IssuedAt,
    ImportEntityType EntityType,
    string OriginalFileName,
    string StoredFileName,
    ImportReadSettings Settings,
    IReadOnlyList<string>? Headers = null,
    IReadOnlyList<ImportColumn>? Columns = null,
    int? SavedMappingId = null,
    ImportDefaults? Defaults = null,
    ImportDuplicatePolicy DuplicatePolicy = ImportDuplicatePolicy.Skip);
