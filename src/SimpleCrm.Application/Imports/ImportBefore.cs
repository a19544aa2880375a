namespace SimpleCrm.Application.Imports;

/// <summary>
/// What an update changed on an existing record, so undo can put it back: the scalar fields' old
/// values by field key, and the emails and phones (normalized) the update added.
/// </summary>
public sealed record ImportBefore(
    Dictionary<string, string?> Fields,
    List<string> AddedEmails,
    List<string> AddedPhones);
