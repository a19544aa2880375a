using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Deals;

/// <summary>
/// The new and edit form: the input, its choices, the contact it is for and the pipeline it is in
/// (chosen in the form's first step when new), and when editing what identifies the version.
/// </summary>
public sealed record DealFormViewModel(
    DealInput Input, DealFormOptions Options, IReadOnlyList<UserOption> Users, int ContactId, string ContactName, int? PipelineId, int? Id = null, string? Label = null, Guid? Version = null)
{
    public bool IsNew => Id is null;

    /// <summary>The active deal fields and the entries the form shows for them.</summary>
    public CustomFieldInputsModel CustomFields { get; init; } = new([], []);
}
