using SimpleCrm.Application.AutoConversion;

namespace SimpleCrm.Application.Tests.AutoConversion;

/// <summary>Records the rule runs handed to the background, so a test runs them when it wants.</summary>
public sealed class RecordingRuleScheduler : IAutoConversionScheduler
{
    public List<int> Enqueued { get; } = [];

    public void Enqueue(int ruleId) => Enqueued.Add(ruleId);
}
