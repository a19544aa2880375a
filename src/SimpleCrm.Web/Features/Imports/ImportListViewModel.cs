using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Imports;

/// <summary>The /Imports page: the imports the user may see, newest first, with times in the user's zone.</summary>
public sealed record ImportListViewModel(IReadOnlyList<ImportSummary> Imports, TaskCalendar Calendar);
