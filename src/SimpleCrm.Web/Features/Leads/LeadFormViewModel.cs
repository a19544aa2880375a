using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Leads;

/// <summary>The create and edit form: the input, the choices it offers and, when editing, what identifies the version.</summary>
public sealed record LeadFormViewModel(LeadInput Input, LeadOptions Options, IReadOnlyList<UserOption> Users, int? Id = null, string? Name = null, Guid? Version = null)
{
    public bool IsNew => Id is null;

    /// <summary>Leads and contacts the posted form may describe again; the form is re-shown with them instead of saving.</summary>
    public IReadOnlyList<LeadDuplicate> Duplicates { get; init; } = [];

    /// <summary>The active lead fields and the entries the form shows for them.</summary>
    public CustomFieldInputsModel CustomFields { get; init; } = new([], []);

    /// <summary>The statuses the form offers: no Converted one (that is the conversion), unless the lead already is in it.</summary>
    public IEnumerable<LeadStatusOption> Statuses => Options.Statuses.Where(s => s.Meaning != LeadStatusMeaning.Converted || s.Id == Input.StatusId);
}
