using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Imports;

/// <summary>A contact a batch writes to: one it creates, or an existing one it updates (with what it changed and the change row it already has).</summary>
internal sealed class ImportTarget(Contact contact, bool isNew, ImportChange? change)
{
    public Contact Contact { get; } = contact;

    public bool IsNew { get; } = isNew;

    /// <summary>The import's earlier row for this record (created by it, or updated in an earlier batch).</summary>
    public ImportChange? Change { get; } = change;

    public ImportBefore Before { get; } = change?.Before is { } json
        ? ImportJson.Read(json, new ImportBefore([], [], []))
        : new ImportBefore([], [], []);

    public bool Updated { get; set; }

    public List<string> Notes { get; } = [];

    /// <summary>The custom field values the file gave it, by field id (a later row's value for a field wins).</summary>
    public Dictionary<int, IReadOnlyList<CustomFieldValue>> CustomValues { get; } = [];

    public List<int> TagIds { get; } = [];
}
