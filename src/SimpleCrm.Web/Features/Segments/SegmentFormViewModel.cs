using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Segments;

/// <summary>The new-segment and edit-segment form: a name, shared or private, and the filter's criteria; no id for a new segment.</summary>
public sealed record SegmentFormViewModel(int? Id, SegmentInput Input, IReadOnlyList<UserOption> Users, IReadOnlyList<ListOption> Lists);
