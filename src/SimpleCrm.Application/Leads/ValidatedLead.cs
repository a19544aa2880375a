using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Leads;

/// <summary>The outcome of validating a lead form: failures, or the phone in E.164 to store.</summary>
public sealed record ValidatedLead(IReadOnlyList<Failure> Failures, string? PhoneE164)
{
    public bool IsValid => Failures.Count == 0;
}
