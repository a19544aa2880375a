using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Contacts;

/// <summary>
/// The create and edit form: the input, the choices it offers and, when editing, what identifies the
/// version. <paramref name="AccessClasses"/> is null when the user may not set a contact's class.
/// </summary>
public sealed record ContactFormViewModel(ContactInput Input, IReadOnlyList<UserOption> Users, int? Id = null, string? DisplayName = null, Guid? Version = null, IReadOnlyList<AccessClassOption>? AccessClasses = null)
{
    public bool IsNew => Id is null;

    /// <summary>The active contact fields and the entries the form shows for them.</summary>
    public CustomFieldInputsModel CustomFields { get; init; } = new([], []);
}
