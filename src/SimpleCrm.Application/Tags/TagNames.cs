using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Tags;

/// <summary>Splits what the user typed ("VIP, Kraków") into distinct tag names, or a message key why not.</summary>
public static class TagNames
{
    public const string Required = "Tags.NameRequired";
    public const string TooLong = "Tags.NameTooLong";

    public static Result<IReadOnlyList<string>> Parse(string? typed)
    {
        var names = (typed ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => string.Join(' ', n.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .DistinctBy(Tag.KeyOf)
            .ToList();
        if (names.Count == 0)
        {
            return Result<IReadOnlyList<string>>.Fail(new Failure(Required, "Names"));
        }

        return names.Any(n => n.Length > Tag.MaxLength)
            ? Result<IReadOnlyList<string>>.Fail(new Failure(TooLong, "Names"))
            : Result<IReadOnlyList<string>>.Ok(names);
    }
}
