namespace SimpleCrm.Application.Imports.Mapping;

/// <summary>
/// Everything a column of a file may be mapped to for one kind of record: the system fields (keys of
/// <see cref="ImportFields"/>), the active custom fields, and the user's saved mappings to start from.
/// </summary>
public sealed record ImportMappingTargets(
    ImportEntityType EntityType,
    IReadOnlyList<string> Fields,
    IReadOnlyList<ImportCustomFieldTarget> CustomFields,
    IReadOnlyList<SavedImportMappingItem> SavedMappings)
{
    public bool Offers(ImportColumn column) => column.Target switch
    {
        ImportTargetKind.Field => column.FieldKey is { } key && Fields.Contains(key),
        ImportTargetKind.CustomField => CustomFields.Any(f => f.Id == column.CustomFieldId),
        _ => true,
    };
}
