using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Bulk;

/// <summary>The bulk form: on which contacts (the query and how many it matches), what to do, and the choices for each action.</summary>
public sealed record BulkFormViewModel(
    ContactListQuery Query,
    int Count,
    BulkInput Input,
    IReadOnlyList<BulkListOption> Lists,
    IReadOnlyList<UserOption> Users,
    IReadOnlyList<AccessClassOption>? AccessClasses)
{
    /// <summary>The actions offered: setting an access class only to roles that may.</summary>
    /// <summary>The same contacts as an XLSX download.</summary>
    public Dictionary<string, string> ExportLink
    {
        get
        {
            var values = Contacts.ContactListViewModel.RouteValues(Query);
            values["format"] = nameof(Application.Exports.ExportFormat.Xlsx);
            return values;
        }
    }

    public IEnumerable<BulkActionKind> Actions => Enum.GetValues<BulkActionKind>()
        .Where(a => a != BulkActionKind.SetAccessClass || AccessClasses is not null);
}
