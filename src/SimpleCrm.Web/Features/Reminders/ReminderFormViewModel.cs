using SimpleCrm.Application.Records;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Reminders;

/// <summary>
/// The reminder form on a target (lead, contact, task): <see cref="Users"/> to pick from for Admin and
/// Manager, empty for a rep (who reminds only themselves); <see cref="ReturnUrl"/> is where to go back to.
/// </summary>
public sealed record ReminderFormViewModel(RecordRef Target, ReminderForm Form, IReadOnlyList<UserOption> Users, string? ReturnUrl);
