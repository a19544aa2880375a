namespace SimpleCrm.Application.Bulk;

/// <summary>A bulk action over more contacts than a request should wait for: run by Hangfire, watched through its progress.</summary>
public sealed class BulkJob
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public BulkActionKind Action { get; set; }

    /// <summary>The <see cref="BulkRequest"/> as JSON, replayed by the background job as the same user.</summary>
    public string Request { get; set; } = "{}";

    public BulkJobStatus Status { get; set; }

    public int Total { get; set; }

    public int Processed { get; set; }

    /// <summary>How many contacts the action changed (a contact that already had the tag is not counted).</summary>
    public int Affected { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
