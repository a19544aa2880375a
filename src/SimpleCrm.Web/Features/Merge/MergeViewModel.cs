using SimpleCrm.Application.Merging;

namespace SimpleCrm.Web.Features.Merge;

/// <summary>The side-by-side view: the contacts, the survivor and the source of each field as currently chosen.</summary>
public sealed record MergeViewModel(MergePreview Preview, int SurvivorId, IReadOnlyDictionary<MergeField, int> Choices)
{
    public static MergeViewModel Suggested(MergePreview preview) => new(preview, preview.SuggestedSurvivorId, preview.SuggestedChoices);

    /// <summary>A re-shown form keeps what the user picked, where it still fits the contacts shown.</summary>
    public static MergeViewModel AsPosted(MergePreview preview, MergeInput input)
    {
        var ids = preview.Contacts.Select(c => c.Id).ToHashSet();
        var choices = preview.SuggestedChoices.ToDictionary(
            c => c.Key,
            c => input.Choices.TryGetValue(c.Key, out var picked) && ids.Contains(picked) ? picked : c.Value);
        return new(preview, ids.Contains(input.SurvivorId) ? input.SurvivorId : preview.SuggestedSurvivorId, choices);
    }

    /// <summary>The resource key of a field's label: the contact form's own labels.</summary>
    public static string LabelKey(MergeField field) => field switch
    {
        MergeField.FirstName => "Contacts.FirstName",
        MergeField.LastName => "Contacts.LastName",
        MergeField.Company => "Contacts.Company",
        MergeField.Position => "Contacts.Position",
        MergeField.Street => "Contacts.Street",
        MergeField.City => "Contacts.City",
        MergeField.PostalCode => "Contacts.PostalCode",
        MergeField.Country => "Contacts.Country",
        MergeField.Website => "Contacts.Website",
        MergeField.BirthDate => "Contacts.BirthDate",
        MergeField.Notes => "Contacts.Notes",
        MergeField.Responsible => "Contacts.Responsible",
        MergeField.AccessClass => "Contacts.AccessClass",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static string ReasonKey(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameName => "Merge.SameName",
        DuplicateReason.SameEmail => "Merge.SameEmail",
        DuplicateReason.SamePhone => "Merge.SamePhone",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
