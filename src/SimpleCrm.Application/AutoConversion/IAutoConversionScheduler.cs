namespace SimpleCrm.Application.AutoConversion;

/// <summary>Hands a rule's run to the background worker (Hangfire in the web app; run in place or recorded in tests).</summary>
public interface IAutoConversionScheduler
{
    void Enqueue(int ruleId);
}
