using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Merging;

/// <summary>Which fields a merge offers: a company has no first name, position or birth date.</summary>
public static class MergeFields
{
    private static readonly MergeField[] PersonOnly = [MergeField.FirstName, MergeField.LastName, MergeField.Position, MergeField.BirthDate];

    public static IReadOnlyList<MergeField> For(ContactKind kind, bool mayChangeAccessClass) =>
        [.. Enum.GetValues<MergeField>()
            .Where(f => kind == ContactKind.Person || !PersonOnly.Contains(f))
            .Where(f => mayChangeAccessClass || f != MergeField.AccessClass)];
}
