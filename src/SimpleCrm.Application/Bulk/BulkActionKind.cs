namespace SimpleCrm.Application.Bulk;

/// <summary>What a bulk action does to each contact of its target. Stored by name.</summary>
public enum BulkActionKind
{
    AddTags,
    RemoveTags,
    AddToList,
    RemoveFromList,
    SetResponsible,
    SetAccessClass,
    Delete,
}
