namespace SimpleCrm.Application.Deals;

/// <summary>How a deal came to be: typed by hand, added from a list or a segment, by an auto-conversion rule, or from a lead's conversion. Stored by name.</summary>
public enum DealSource
{
    Manual,
    List,
    Segment,
    AutoConversion,
    Lead,
}
