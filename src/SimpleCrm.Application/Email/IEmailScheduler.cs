namespace SimpleCrm.Application.Email;

/// <summary>The one queue outgoing mail goes through (Hangfire in the web app; recorded in tests).</summary>
public interface IEmailScheduler
{
    void Enqueue(long emailId);

    /// <summary>Sends later: the rate limit was reached.</summary>
    void Schedule(long emailId, TimeSpan delay);
}
