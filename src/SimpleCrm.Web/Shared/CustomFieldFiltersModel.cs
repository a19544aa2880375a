using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Web.Shared;

/// <summary>
/// The folded "more filters" of a list: one compact filter per active custom field, filled from the URL.
/// <see cref="Prefix"/> names the inputs (<c>Custom[i]</c> on a list, <c>Filter.Custom[i]</c> in the segment form).
/// </summary>
public sealed record CustomFieldFiltersModel(IReadOnlyList<CustomFieldDefinition> Fields, IReadOnlyList<CustomFieldCriterion> Criteria, string Prefix = "Custom")
{
    public IEnumerable<CustomFieldDefinition> Filterable => Fields.Where(f => f.IsFilterable);

    public bool IsOpen => CustomFieldFilter.Effective(Criteria).Count > 0;

    public CustomFieldCriterion CriterionFor(int fieldId) => Criteria.FirstOrDefault(c => c.FieldId == fieldId) ?? new CustomFieldCriterion { FieldId = fieldId };
}
