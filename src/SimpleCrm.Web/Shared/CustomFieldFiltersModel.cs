using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Web.Shared;

/// <summary>The folded "more filters" of a list: one compact filter per active custom field, filled from the URL.</summary>
public sealed record CustomFieldFiltersModel(IReadOnlyList<CustomFieldDefinition> Fields, IReadOnlyList<CustomFieldCriterion> Criteria)
{
    public IEnumerable<CustomFieldDefinition> Filterable => Fields.Where(f => f.IsAvailable);

    public bool IsOpen => CustomFieldFilter.Effective(Criteria).Count > 0;

    public CustomFieldCriterion CriterionFor(int fieldId) => Criteria.FirstOrDefault(c => c.FieldId == fieldId) ?? new CustomFieldCriterion { FieldId = fieldId };
}
