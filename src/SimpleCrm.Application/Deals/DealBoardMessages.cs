namespace SimpleCrm.Application.Deals;

/// <summary>Message keys of the board's moves; each is a key in the web app's resource files.</summary>
public static class DealBoardMessages
{
    public const string StageUnknown = "DealBoard.StageUnknown";
    public const string LostReasonRequired = "DealBoard.LostReasonRequired";
}
