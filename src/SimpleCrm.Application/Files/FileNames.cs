using System.Text;

namespace SimpleCrm.Application.Files;

/// <summary>
/// Cleans the name a browser sent with an upload: only its last path segment, no control or
/// reserved characters, at most 255 characters with the extension kept. It is shown and offered
/// back as the download name; it never names anything on disk.
/// </summary>
public static class FileNames
{
    private static readonly char[] Reserved = ['"', '<', '>', '|', ':', '*', '?', '\\', '/', ';'];

    public static string Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var last = name.Replace('\\', '/').Split('/').Last();
        var builder = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsControl(c) || Reserved.Contains(c) ? '_' : c);
        }

        var cleaned = builder.ToString().Trim().TrimStart('.').Trim();
        if (cleaned.Length <= RecordFile.FileNameMaxLength)
        {
            return cleaned;
        }

        var extension = Path.GetExtension(cleaned);
        return extension.Length >= 20
            ? cleaned[..RecordFile.FileNameMaxLength]
            : cleaned[..(RecordFile.FileNameMaxLength - extension.Length)] + extension;
    }
}
