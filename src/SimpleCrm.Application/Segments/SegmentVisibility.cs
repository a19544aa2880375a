using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Segments;

/// <summary>Who may use a segment: everyone when it is shared, otherwise its owner only.</summary>
public static class SegmentVisibility
{
    public static IQueryable<Segment> VisibleTo(this IQueryable<Segment> segments, ICurrentUser user)
    {
        var userId = user.UserId ?? string.Empty;
        return segments.Where(s => s.IsShared || s.OwnerId == userId);
    }

    /// <summary>Who may change or delete it: its owner, or an admin.</summary>
    public static bool MayChange(Segment segment, ICurrentUser user) =>
        segment.OwnerId == user.UserId || user.IsInRole(Users.Roles.Admin);
}
