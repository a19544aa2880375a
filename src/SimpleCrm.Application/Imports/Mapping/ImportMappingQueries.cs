using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Imports.Mapping;

/// <summary>What the wizard's mapping step offers: the entity's fields, its active custom fields other than files, the user's saved mappings.</summary>
public sealed class ImportMappingQueries(CustomFieldEditor customFields, SavedImportMappings savedMappings)
{
    public async Task<ImportMappingTargets> TargetsAsync(ImportEntityType entityType, CancellationToken cancellationToken)
    {
        var recordType = entityType == ImportEntityType.Lead ? CustomFieldRecordType.Lead : CustomFieldRecordType.Contact;
        var definitions = await customFields.DefinitionsAsync(recordType, cancellationToken);
        var saved = await savedMappings.ListAsync(entityType, cancellationToken);
        return new ImportMappingTargets(
            entityType,
            ImportFields.For(entityType),
            [.. definitions.Where(d => d.Type != CustomFieldType.File).Select(d => new ImportCustomFieldTarget(d.Id, d.Label, d.IsRequired))],
            saved);
    }
}
