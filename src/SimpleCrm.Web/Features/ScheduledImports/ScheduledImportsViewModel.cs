using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.ScheduledImports;

/// <summary>The schedules list; times shown in the app's time zone.</summary>
public sealed record ScheduledImportsViewModel(IReadOnlyList<ScheduledImportSummary> Schedules, TaskCalendar Calendar);
