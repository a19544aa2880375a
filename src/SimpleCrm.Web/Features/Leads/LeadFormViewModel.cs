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

    /// <summary>
    /// The statuses the form offers. Editing, a Converted one too: saving then keeps the lead's status,
    /// saves the rest and opens the conversion. A new lead is converted once it exists.
    /// </summary>
    public IEnumerable<LeadStatusOption> Statuses => Options.Statuses.Where(s => !IsNew || s.Meaning != LeadStatusMeaning.Converted || s.Id == Input.StatusId);

    /// <summary>Whether the form offers a Converted status, which the hint under the field explains.</summary>
    public bool OffersConversion => Statuses.Any(s => s.Meaning == LeadStatusMeaning.Converted && s.Id != Input.StatusId);
}
