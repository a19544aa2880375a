using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Scheduling;

/// <summary>
/// The folders scheduled imports read and move files in: only below the configured inbox root. The
/// admin types relative paths; "..", absolute paths and symbolic links that lead out of the root are
/// refused, because a job reading and moving files anywhere the server may reach would be a file-system tool for whoever is admin.
/// </summary>
public sealed class InboxFolders(IOptions<ScheduledImportOptions> options)
{
    private readonly string _root = Path.GetFullPath(options.Value.InboxRoot ?? Path.Combine("App_Data", "inbox"));

    public string Root => _root;

    /// <summary>The folder's full path, created when missing; a failure keyed to <paramref name="field"/> when it is empty or leaves the root.</summary>
    public Result<string> Resolve(string? relative, string field)
    {
        var trimmed = relative?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return Result<string>.Fail(new Failure(Messages.Required, field));
        }

        if (Path.IsPathRooted(trimmed) || trimmed.Length > ScheduledImport.FolderMaxLength)
        {
            return Result<string>.Fail(new Failure(ScheduledImportMessages.FolderOutsideRoot, field));
        }

        Directory.CreateDirectory(_root);
        var root = RealPath(_root);
        var full = Path.GetFullPath(Path.Combine(root, trimmed));
        if (!IsUnder(full, root))
        {
            return Result<string>.Fail(new Failure(ScheduledImportMessages.FolderOutsideRoot, field));
        }

        // Each existing step is followed through its links: a link inside the root may point out of it.
        var current = root;
        foreach (var segment in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = RealPath(Path.Combine(current, segment));
            if (!IsUnder(current, root))
            {
                return Result<string>.Fail(new Failure(ScheduledImportMessages.FolderOutsideRoot, field));
            }
        }

        try
        {
            Directory.CreateDirectory(current);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Result<string>.Fail(new Failure(ScheduledImportMessages.FolderUnusable, field));
        }

        return Result<string>.Ok(current);
    }

    /// <summary>The path with a final link resolved (to its last target); a path that does not exist yet stays as it is.</summary>
    private static string RealPath(string path)
    {
        var info = new DirectoryInfo(path);
        if (info.Exists && info.LinkTarget is not null)
        {
            return Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)!.FullName);
        }

        return Path.GetFullPath(path);
    }

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
