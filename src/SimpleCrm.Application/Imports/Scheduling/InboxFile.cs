using System.Security.Cryptography;

namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>A file in an inbox folder: listed, hashed, moved on. Static helpers over the file system, no state.</summary>
internal static class InboxFile
{
    /// <summary>
    /// The files matching the pattern directly in the folder, oldest first, leaving out links (they may
    /// point out of the inbox root) and files changed within the quiet period (perhaps still being written).
    /// </summary>
    public static List<FileInfo> Ready(string folder, string pattern, DateTime nowUtc, TimeSpan quietPeriod) =>
        [.. new DirectoryInfo(folder)
            .EnumerateFiles(pattern, new EnumerationOptions { MatchType = MatchType.Simple, MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = false })
            .Where(f => f.LinkTarget is null && f.LastWriteTimeUtc <= nowUtc - quietPeriod)
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>SHA-256 (lower-case hex) and length as read now; null when another process holds the file.</summary>
    public static async Task<(string Hash, long Length)?> HashAsync(FileInfo file, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            var hash = await SHA256.HashDataAsync(stream, cancellationToken);
            return (Convert.ToHexStringLower(hash), stream.Length);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Moves the file into the folder under its name, or "name (2).csv", "name (3).csv"... when that is taken; the name it got.</summary>
    public static string MoveInto(FileInfo file, string folder)
    {
        var stem = Path.GetFileNameWithoutExtension(file.Name);
        var extension = Path.GetExtension(file.Name);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? file.Name : $"{stem} ({n}){extension}";
            var target = Path.Combine(folder, name);
            if (File.Exists(target))
            {
                continue;
            }

            try
            {
                File.Move(file.FullName, target, overwrite: false);
                return name;
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another process took the name between the check and the move: try the next one.
            }
        }
    }
}
