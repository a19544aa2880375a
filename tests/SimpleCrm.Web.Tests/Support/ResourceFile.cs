using System.Xml.Linq;

namespace SimpleCrm.Web.Tests.Support;

/// <summary>The entries of one SharedResource .resx file of the web app.</summary>
public static class ResourceFile
{
    public static readonly string Folder = RepositoryFiles.PathOf("src", "SimpleCrm.Web", "Resources");

    private static readonly Lazy<IReadOnlyDictionary<string, string>> EnglishEntries = new(() => Load(PathFor(null)));

    /// <summary>SharedResource.resx for null (English), SharedResource.pl.resx for "pl".</summary>
    public static string PathFor(string? culture) =>
        Path.Combine(Folder, culture is null ? "SharedResource.resx" : $"SharedResource.{culture}.resx");

    public static IReadOnlyDictionary<string, string> Load(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>The English text of a key, as the app shows it to an English-speaking user.</summary>
    public static string English(string key) =>
        EnglishEntries.Value.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No English text for '{key}'.");
}
