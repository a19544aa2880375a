using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// What the wizard hands over once the user has chosen: the stored file and how to read it, the
/// mapping, the defaults and the duplicate policy. <see cref="RowsTotal"/> when the wizard counted
/// the rows (the progress bar's 100 %), else the run finds out at the end. <see cref="Culture"/> is the
/// uploader's UI culture name, in which the file's dates and numbers are read.
/// </summary>
public sealed record ImportRequest(
    ImportEntityType EntityType,
    string OriginalFileName,
    string StoredFileName,
    ImportReadSettings ReadSettings,
    IReadOnlyList<ImportColumn> Columns,
    ImportDefaults Defaults,
    ImportDuplicatePolicy DuplicatePolicy,
    int? RowsTotal = null,
    string Culture = "en");
