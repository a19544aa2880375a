using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Segments;

/// <summary>The segments page: the segments with their live counts, and the names their criteria refer to by id.</summary>
public sealed record SegmentIndexViewModel(IReadOnlyList<SegmentSummary> Segments, IReadOnlyList<ListOption> Lists, IReadOnlyList<UserOption> Users)
{
    public string? ListName(int id) => Lists.FirstOrDefault(l => l.Id == id)?.Name;

    public string? UserName(string id) => Users.FirstOrDefault(u => u.Id == id)?.DisplayName;
}
