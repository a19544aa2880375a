using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>A lead a batch writes to: one it creates, or an existing one it updates (with what it changed and the change row it already has).</summary>
internal sealed class ImportLeadTarget(Lead lead, bool isNew, ImportChange? change)
{
    public Lead Lead { get; } = lead;

    public bool IsNew { get; } = isNew;

    public ImportChange? Change { get; } = change;

    public ImportBefore Before { get; } = ImportJson.Read(change?.Before, new ImportBefore([], [], []));

    public bool Updated { get; set; }

    public List<string> Notes { get; } = [];

    /// <summary>The custom field values the file gave it, by field id (a later row's value for a field wins).</summary>
    public Dictionary<int, IReadOnlyList<CustomFieldValue>> CustomValues { get; } = [];
}
