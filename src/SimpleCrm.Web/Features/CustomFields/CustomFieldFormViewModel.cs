using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Web.Features.CustomFields;

/// <summary>
/// The create and edit form of a custom field; no id while creating. When editing, what the field
/// already is: whether it has values (its type is then fixed) and the options of a choice field.
/// </summary>
public sealed record CustomFieldFormViewModel(int? Id, CustomFieldRecordType RecordType, CustomFieldInput Input, CustomFieldEditModel? Existing = null)
{
    public bool IsNew => Id is null;

    public bool TypeLocked => Existing?.HasValues == true;

    /// <summary>Whether the options section shows: a saved field of a choice type.</summary>
    public bool ShowsOptions => Existing is not null && CustomField.HasOptions(Existing.Input.Type);
}
