using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Web.Shared;

/// <summary>
/// The custom fields of a lead or contact form: the active fields in order and the posted or stored
/// entries. Inputs are named <c>Input.CustomFields[i]</c>; failures sit under <c>Input.CustomField{id}</c>.
/// </summary>
public sealed record CustomFieldInputsModel(IReadOnlyList<CustomFieldDefinition> Fields, IReadOnlyList<CustomFieldEntry> Entries)
{
    public const string Prefix = "Input.CustomFields";

    public CustomFieldEntry EntryFor(int fieldId) => Entries.FirstOrDefault(e => e.FieldId == fieldId) ?? new CustomFieldEntry { FieldId = fieldId };

    public static string ErrorKey(int fieldId) => "Input." + CustomFieldEntry.ErrorKey(fieldId);

    /// <summary>The options a choice input offers: the active ones and any retired one the entry still holds.</summary>
    public static IEnumerable<CustomFieldChoice> Offered(CustomFieldDefinition field, CustomFieldEntry entry) =>
        field.Options.Where(o => !o.IsRetired || entry.Values.Contains(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
