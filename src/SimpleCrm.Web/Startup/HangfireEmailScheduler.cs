using Hangfire;
using SimpleCrm.Application.Email;

namespace SimpleCrm.Web.Startup;

/// <summary>
/// Outgoing mail on Hangfire's workers. A failed send throws, so Hangfire's automatic retry (10 tries,
/// growing delays) sends it again; the email's state lives in our OutgoingEmails table.
/// </summary>
public sealed class HangfireEmailScheduler(IBackgroundJobClient client) : IEmailScheduler
{
    public void Enqueue(long emailId) => client.Enqueue<EmailDelivery>(delivery => delivery.SendAsync(emailId, CancellationToken.None));

    public void Schedule(long emailId, TimeSpan delay) =>
        client.Schedule<EmailDelivery>(delivery => delivery.SendAsync(emailId, CancellationToken.None), delay);
}
