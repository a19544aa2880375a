using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.ScheduledImports;

/// <summary>One schedule's page: its settings in short and the files it found.</summary>
public sealed record ScheduledImportRunsViewModel(ScheduledImportRuns Runs, TaskCalendar Calendar);
