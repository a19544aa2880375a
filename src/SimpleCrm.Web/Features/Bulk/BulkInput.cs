using System.ComponentModel.DataAnnotations;
using SimpleCrm.Application.Bulk;

namespace SimpleCrm.Web.Features.Bulk;

/// <summary>The bulk form: the action and its one argument. The target comes from the list's state in the same form.</summary>
public sealed record BulkInput
{
    [Required(ErrorMessage = "Validation.Required")]
    public BulkActionKind? Action { get; init; }

    public string? Tags { get; init; }

    public int? ListId { get; init; }

    public string? ResponsibleUserId { get; init; }

    public int? AccessClassId { get; init; }
}
