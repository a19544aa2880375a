using SimpleCrm.Application.Common;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals;

/// <summary>The outcome of checking a deal form: failures, or the stage the deal goes into.</summary>
public sealed record ValidatedDeal(IReadOnlyList<Failure> Failures, Stage? Stage)
{
    public bool IsValid => Failures.Count == 0 && Stage is not null;
}
