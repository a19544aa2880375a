namespace SimpleCrm.Application.Segments;

/// <summary>Message keys of segments; each is a key in the resource files.</summary>
public static class SegmentMessages
{
    public const string NameTaken = "Segments.NameTaken";
    public const string DatesReversed = "Segments.DatesReversed";
}
