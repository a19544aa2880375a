using System.Reflection;
using SimpleCrm.Application.Merging;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Merge;

/// <summary>Merging's message keys and history actions have texts (the key usage walk does not know the Merge family).</summary>
public sealed class MergeTextsTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ResourceFile.Load(ResourceFile.PathFor(null));

    [Fact]
    public void Every_merge_message_has_an_english_text()
    {
        var keys = typeof(MergeMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Contains(MergeMessages.CountOutOfRange, keys);
        Assert.All(keys, key => Assert.True(English.ContainsKey(key), $"{key} is not in SharedResource.resx"));
    }

    [Theory]
    [InlineData(ContactMerge.Merged)]
    [InlineData(ContactMerge.MergedInto)]
    public void The_history_lines_of_a_merge_have_a_text_for_the_timeline(string action) =>
        Assert.True(English.ContainsKey("History." + action), $"History.{action} is not in SharedResource.resx");
}
