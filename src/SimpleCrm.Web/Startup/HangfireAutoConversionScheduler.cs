using Hangfire;
using SimpleCrm.Application.AutoConversion;

namespace SimpleCrm.Web.Startup;

/// <summary>Runs an auto-conversion rule on Hangfire's workers. What the rule has done lives in our tables, so a lost or repeated job costs nothing.</summary>
public sealed class HangfireAutoConversionScheduler(IBackgroundJobClient client) : IAutoConversionScheduler
{
    public void Enqueue(int ruleId) => client.Enqueue<AutoConversionRun>(run => run.RunAsync(ruleId, CancellationToken.None));
}
