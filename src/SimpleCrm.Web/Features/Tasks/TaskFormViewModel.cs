using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>The task form page: a new task (no <see cref="TaskId"/>) or an edit, the record it belongs to, and where to go back to.</summary>
public sealed record TaskFormViewModel(int? TaskId, RecordRef? Record, TaskForm Form, IReadOnlyList<UserOption> Users, string? ReturnUrl);
