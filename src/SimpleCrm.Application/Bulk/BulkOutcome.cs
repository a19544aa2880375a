namespace SimpleCrm.Application.Bulk;

/// <summary>What a started bulk action did: finished at once (how many contacts changed), or queued as a background job.</summary>
public sealed record BulkOutcome(int Total, int Affected, Guid? JobId)
{
    public bool IsQueued => JobId is not null;
}
