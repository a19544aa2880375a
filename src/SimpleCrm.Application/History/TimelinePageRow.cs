namespace SimpleCrm.Application.History;

/// <summary>A row of a timeline page as SQL returns it: the row, who wrote it and the name of its record.</summary>
internal sealed class TimelinePageRow
{
    public TimelineRow Row { get; init; } = new();

    public string? UserName { get; init; }

    public string? RecordName { get; init; }
}
