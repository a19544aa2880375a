using SimpleCrm.Application.Tags;

namespace SimpleCrm.Web.Features.Tags;

/// <summary>The tag cloud: each tag with a size class from 1 (least used) to 5 (most used).</summary>
public sealed record TagCloudViewModel(IReadOnlyList<TagCount> Tags)
{
    public const int Sizes = 5;

    /// <summary>Scaled on a logarithm, so one tag on thousands of contacts does not shrink all others to the minimum.</summary>
    public int SizeOf(TagCount tag)
    {
        var max = Tags.Count == 0 ? 1 : Tags.Max(t => t.Count);
        var min = Tags.Count == 0 ? 1 : Tags.Min(t => t.Count);
        if (max == min)
        {
            return 3;
        }

        var share = (Math.Log(tag.Count) - Math.Log(min)) / (Math.Log(max) - Math.Log(min));
        return 1 + (int)Math.Round(share * (Sizes - 1));
    }
}
