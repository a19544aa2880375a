using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Bulk;

/// <summary>
/// A bulk action and its target: the contacts the query matches (the basket is the query with
/// <see cref="ContactListQuery.Selected"/>). Only the argument of the chosen action is read.
/// </summary>
public sealed record BulkRequest
{
    public BulkActionKind Action { get; init; }

    public ContactListQuery Query { get; init; } = new();

    /// <summary>Tag names separated by commas, for adding or removing tags.</summary>
    public string? Tags { get; init; }

    public int? ListId { get; init; }

    public string? ResponsibleUserId { get; init; }

    /// <summary>The access class to set; none clears it.</summary>
    public int? AccessClassId { get; init; }
}
