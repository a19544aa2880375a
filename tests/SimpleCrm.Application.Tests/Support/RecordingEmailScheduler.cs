using SimpleCrm.Application.Email;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>Records the emails handed to the queue instead of sending them, so a test sends them when it wants.</summary>
public sealed class RecordingEmailScheduler : IEmailScheduler
{
    public List<long> Enqueued { get; } = [];

    public List<(long EmailId, TimeSpan Delay)> Scheduled { get; } = [];

    public void Enqueue(long emailId) => Enqueued.Add(emailId);

    public void Schedule(long emailId, TimeSpan delay) => Scheduled.Add((emailId, delay));
}
