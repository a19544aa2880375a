using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Merging;

/// <summary>One contact as the side-by-side view shows it: each field's value as text, and what merges by union.</summary>
public sealed record MergeCandidate(
    int Id,
    Guid Version,
    ContactKind Kind,
    string DisplayName,
    IReadOnlyDictionary<MergeField, string?> Values,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Lists);
