namespace SimpleCrm.Application.Pipelines;

/// <summary>Message keys of Admin > Pipelines and Admin > Lost reasons; each is a key in the resource files.</summary>
public static class PipelineMessages
{
    public const string NameTaken = "Pipelines.NameTaken";
    public const string StageNameTaken = "Stages.NameTaken";
    public const string InvalidColor = "Stages.InvalidColor";
    public const string InvalidKind = "Stages.InvalidKind";
    public const string InvalidProbability = "Stages.InvalidProbability";
    public const string LastOpenStage = "Stages.LastOpen";
    public const string KindInUse = "Stages.KindInUse";
    public const string MoveTargetRequired = "Stages.MoveTargetRequired";
    public const string StageOrderOutdated = "Stages.OrderOutdated";
    public const string LostReasonNameTaken = "LostReasons.NameTaken";
    public const string LostReasonOrderOutdated = "LostReasons.OrderOutdated";

    /// <summary>The history line of a deal moved out of a deleted stage: "from → to".</summary>
    public const string StageChanged = "StageChanged";
}
