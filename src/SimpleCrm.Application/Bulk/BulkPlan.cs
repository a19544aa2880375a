using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Application.Bulk;

/// <summary>A checked bulk request with its arguments resolved to rows: what each batch applies.</summary>
internal sealed record BulkPlan(BulkActionKind Action)
{
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    public ContactList? List { get; init; }

    public string? ResponsibleUserId { get; init; }

    public string? ResponsibleName { get; init; }

    public int? AccessClassId { get; init; }

    public string? AccessClassName { get; init; }
}
