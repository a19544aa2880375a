namespace SimpleCrm.Application.Merging;

/// <summary>Message keys of merging; each is a key in the web app's resource files.</summary>
public static class MergeMessages
{
    public const string CountOutOfRange = "Merge.CountOutOfRange";
    public const string SurvivorNotAmong = "Merge.SurvivorNotAmong";
    public const string ChoiceNotAmong = "Merge.ChoiceNotAmong";
    public const string KindsDiffer = "Merge.KindsDiffer";
}
