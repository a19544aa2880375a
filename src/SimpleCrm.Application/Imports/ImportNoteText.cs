using SimpleCrm.Application.Notes;

namespace SimpleCrm.Application.Imports;

/// <summary>The note a row's note columns make: "Header: value" lines, cut to a note's length; none when no such cell had a value.</summary>
internal static class ImportNoteText
{
    public static string? Of(IReadOnlyList<string> lines)
    {
        var text = lines.Count == 0 ? null : string.Join('\n', lines);
        return text is { Length: > Note.TextMaxLength } ? text[..Note.TextMaxLength] : text;
    }
}
