using SimpleCrm.Application.Imports;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>Step 1: the kind of record and the file, with the size limit the browser checks too.</summary>
public sealed record UploadViewModel(ImportEntityType EntityType, long MaxUploadBytes);
