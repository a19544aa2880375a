namespace SimpleCrm.Application.Pipelines;

/// <summary>What a stage means for the deals in it: still being worked, won or lost. Stored by name.</summary>
public enum StageKind
{
    Open,
    Won,
    Lost,
}
