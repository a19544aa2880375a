using SimpleCrm.Application.Imports;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>Step 4's form: what every new record gets, and what a duplicate does.</summary>
public sealed class DefaultsInput
{
    public int? StatusId { get; set; }

    public int? SourceId { get; set; }

    public string? ResponsibleUserId { get; set; }

    /// <summary>Comma-separated.</summary>
    public string? Tags { get; set; }

    public int? ListId { get; set; }

    public ImportDuplicatePolicy DuplicatePolicy { get; set; }
}
