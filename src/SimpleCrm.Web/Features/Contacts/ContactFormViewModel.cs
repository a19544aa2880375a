using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Contacts;

/// <summary>The create and edit form: the input, the choices it offers and, when editing, what identifies the version.</summary>
public sealed record ContactFormViewModel(ContactInput Input, IReadOnlyList<UserOption> Users, int? Id = null, string? DisplayName = null, Guid? Version = null)
{
    public bool IsNew => Id is null;
}
