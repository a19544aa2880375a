using System.Text.RegularExpressions;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Localization;

/// <summary>Every text of the English resource file exists, non-empty, in every other language.</summary>
public sealed partial class ResourceCompletenessTests
{
    public static TheoryData<string> Translations => ["pl", "lt", "sk", "ru"];

    [Fact]
    public void The_english_file_has_no_empty_text()
    {
        var english = ResourceFile.Load(ResourceFile.PathFor(null));

        var empty = english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();

        Assert.True(english.Count > 50, $"Only {english.Count} entries in the English file.");
        Assert.True(empty.Count == 0, "Empty in English: " + string.Join(", ", empty));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_key_has_a_non_empty_translation(string culture)
    {
        var english = ResourceFile.Load(ResourceFile.PathFor(null));
        var path = ResourceFile.PathFor(culture);
        Assert.True(File.Exists(path), $"The {culture} translation {Path.GetFileName(path)} does not exist.");

        var translated = ResourceFile.Load(path);

        var missing = english.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var empty = english.Keys.Where(k => translated.TryGetValue(k, out var text) && string.IsNullOrWhiteSpace(text)).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && empty.Count == 0,
            $"{culture}: {missing.Count} missing: {string.Join(", ", missing)}{Environment.NewLine}{culture}: {empty.Count} empty: {string.Join(", ", empty)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_translation_keeps_the_placeholders_of_the_english_text(string culture)
    {
        var english = ResourceFile.Load(ResourceFile.PathFor(null));
        var path = ResourceFile.PathFor(culture);
        Assert.True(File.Exists(path), $"The {culture} translation {Path.GetFileName(path)} does not exist.");

        var translated = ResourceFile.Load(path);

        // A {2} where English has only {0} and {1} throws a FormatException when the page renders.
        var broken = english
            .Where(e => translated.TryGetValue(e.Key, out var text) && !Placeholders(text).SetEquals(Placeholders(e.Value)))
            .Select(e => $"{e.Key}: \"{translated[e.Key]}\"")
            .ToList();
        Assert.True(broken.Count == 0, $"{culture}: placeholders differ from English in{Environment.NewLine}" + string.Join(Environment.NewLine, broken));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
