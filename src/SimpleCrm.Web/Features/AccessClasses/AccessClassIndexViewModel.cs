using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.AccessClasses;

/// <summary>Admin > Access classes: the classes, and the active users the admin may grant them to.</summary>
public sealed record AccessClassIndexViewModel(IReadOnlyList<AccessClassListItem> Classes, IReadOnlyList<UserOption> Users);
