using SimpleCrm.Application.Imports.Scheduling;

namespace SimpleCrm.Web.Features.ScheduledImports;

/// <summary>The create and edit form: no id while creating.</summary>
public sealed record ScheduledImportFormViewModel(int? Id, ScheduledImportInput Input, ScheduledImportFormOptions Options);
