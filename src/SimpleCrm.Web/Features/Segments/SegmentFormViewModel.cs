using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Segments;

/// <summary>The new-segment and edit-segment form: a name, shared or private, and the filter's criteria; no id for a new segment.</summary>
public sealed record SegmentFormViewModel(int? Id, SegmentInput Input, IReadOnlyList<UserOption> Users, IReadOnlyList<ListOption> Lists)
{
    /// <summary>The active contact fields: the segment's custom criteria, named <c>Filter.Custom[i]</c>.</summary>
    public IReadOnlyList<CustomFieldDefinition> CustomFields { get; init; } = [];

    public CustomFieldFiltersModel CustomFieldFilters => new(CustomFields, Input.Filter.Custom, "Filter.Custom");
}
