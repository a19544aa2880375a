namespace SimpleCrm.Application.History;

/// <summary>The kinds of record a history entry can belong to.</summary>
public static class HistoryRecordTypes
{
    public const string Contact = "Contact";

    public const string Lead = "Lead";

    public const string Deal = "Deal";
}
