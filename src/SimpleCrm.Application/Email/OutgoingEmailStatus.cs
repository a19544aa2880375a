namespace SimpleCrm.Application.Email;

public enum OutgoingEmailStatus
{
    Queued = 0,
    Sent = 1,

    /// <summary>The last attempt failed; the queue tries again.</summary>
    Failed = 2,
}
