namespace SimpleCrm.Application.Tags;

/// <summary>A tag with the number of visible contacts that carry it: one word of the tag cloud.</summary>
public sealed record TagCount(string Name, int Count);
