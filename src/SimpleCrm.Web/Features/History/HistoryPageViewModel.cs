using SimpleCrm.Application.History;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.History;

/// <summary>/History: one page of the lines of every record the user may see, the filter that chose them and the users to filter by.</summary>
public sealed record HistoryPageViewModel(TimelineFeedPage Lines, IReadOnlyList<UserOption> Users, string? UserId, TimelineKind Kind, DateOnly? From, DateOnly? To);
