namespace SimpleCrm.Application.Merging;

/// <summary>How many contacts one merge takes: the side-by-side view stays readable up to ten.</summary>
public static class MergeLimits
{
    public const int Min = 2;
    public const int Max = 10;

    /// <summary>Whether the ids are 2–10 and all different.</summary>
    public static bool AreValid(IReadOnlyCollection<int> ids) =>
        ids.Count is >= Min and <= Max && ids.Distinct().Count() == ids.Count;
}
