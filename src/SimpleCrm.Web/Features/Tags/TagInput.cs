namespace SimpleCrm.Web.Features.Tags;

/// <summary>The tag field of the profile: one or several comma-separated names.</summary>
public sealed record TagInput
{
    public string? Names { get; init; }
}
