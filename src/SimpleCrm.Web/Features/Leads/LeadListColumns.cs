using System.Globalization;
using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Web.Features.Leads;

/// <summary>
/// The columns the lead list can show, in order. The view renders whatever this catalog holds, so a
/// new kind of column (custom fields) is appended here with its own cell partial, without touching
/// the table: pass the extra columns to <see cref="All"/>.
/// </summary>
public static class LeadListColumns
{
    public const string Name = "name";
    public const string PersonCompany = "person";
    public const string EmailPhone = "contact";
    public const string Status = "status";
    public const string Source = "source";
    public const string Amount = "amount";
    public const string Responsible = "responsible";
    public const string Created = "created";

    public static IReadOnlyList<LeadListColumn> BuiltIn { get; } =
    [
        new(Name, "Leads.Name", "_CellName", Application.Leads.LeadSort.Name, "name-cell") { AlwaysShown = true },
        new(PersonCompany, "Leads.PersonCompany", "_CellPerson", CssClass: "d-none d-md-table-cell"),
        new(EmailPhone, "Leads.EmailPhone", "_CellContact", CssClass: "d-none d-lg-table-cell"),
        new(Status, "Leads.Status", "_CellStatus", Application.Leads.LeadSort.Status, "status-cell"),
        new(Source, "Leads.Source", "_CellSource", CssClass: "d-none d-xxl-table-cell"),
        new(Amount, "Leads.Amount", "_CellAmount", Application.Leads.LeadSort.Amount, "d-none d-sm-table-cell text-end text-nowrap"),
        new(Responsible, "Leads.Responsible", "_CellResponsible", Application.Leads.LeadSort.Responsible, "d-none d-md-table-cell"),
        new(Created, "Leads.Created", "_CellCreated", Application.Leads.LeadSort.Created, "d-none d-lg-table-cell text-end text-nowrap"),
    ];

    /// <summary>The key prefix of a custom field's column: "field-12".</summary>
    public const string CustomFieldPrefix = "field-";

    /// <summary>
    /// A column per active custom field, headed by its label (a file field shows the file's name);
    /// sortable unless it holds several values or a file. Hidden until the user picks it; on a phone its
    /// value shows under the lead's name instead (<c>_CellName</c>).
    /// </summary>
    public static IEnumerable<LeadListColumn> CustomFields(IEnumerable<CustomFieldDefinition> fields) =>
        fields.Select(f => new LeadListColumn(
            CustomFieldPrefix + f.Id.ToString(CultureInfo.InvariantCulture),
            string.Empty,
            "_CellCustomField",
            CustomFieldSort.CanSort(f.Type) ? Application.Leads.LeadSort.Custom : null,
            f.Type is CustomFieldType.Number or CustomFieldType.Money or CustomFieldType.Date or CustomFieldType.DateTime
                ? "d-none d-md-table-cell text-end text-nowrap"
                : "d-none d-md-table-cell custom-field-cell")
        {
            HeaderText = f.Label,
            CustomFieldId = f.Id,
            OnlyWhenChosen = true,
        });

    /// <summary>The built-in columns followed by <paramref name="extra"/> ones (custom fields), keys unique.</summary>
    public static IReadOnlyList<LeadListColumn> All(IEnumerable<LeadListColumn>? extra = null) =>
        [.. BuiltIn.Concat(extra ?? []).DistinctBy(c => c.Key, StringComparer.Ordinal)];

    /// <summary>
    /// The columns to show: every built-in one when the user never chose, otherwise the chosen ones in catalog
    /// order (a key the catalog no longer has is skipped), always with the name first.
    /// </summary>
    public static IReadOnlyList<LeadListColumn> Visible(IReadOnlyList<LeadListColumn> catalog, IReadOnlyCollection<string>? chosen) =>
        chosen is null ? [.. catalog.Where(c => !c.OnlyWhenChosen)] : [.. catalog.Where(c => c.AlwaysShown || chosen.Contains(c.Key))];

    /// <summary>The keys a posted picker may store: the catalog's hideable columns it names, in catalog order.</summary>
    public static IReadOnlyList<string> Known(IReadOnlyList<LeadListColumn> catalog, IEnumerable<string>? posted)
    {
        var wanted = (posted ?? []).ToHashSet(StringComparer.Ordinal);
        return [.. catalog.Where(c => !c.AlwaysShown && wanted.Contains(c.Key)).Select(c => c.Key)];
    }
}
