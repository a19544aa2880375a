using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SimpleCrm.Application.Files;

/// <summary>
/// The uploaded bytes on disk, under names this class generates (32 hex digits, in a folder per
/// first two): no user input ever becomes part of a path, so there is nothing to traverse with.
/// </summary>
public sealed class FileStore(IOptions<FileStorageOptions> options)
{
    private const int NameLength = 32;

    private readonly string _root = Path.GetFullPath(options.Value.Root);

    /// <summary>
    /// Copies the content to a new file, hashing as it goes. Null, and nothing left on disk, when
    /// the content is longer than <paramref name="maxBytes"/>.
    /// </summary>
    public async Task<StoredBlob?> WriteAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var name = Guid.NewGuid().ToString("N");
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        long length = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        break;
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (length > maxBytes)
            {
                Delete(name);
                return null;
            }
        }
        catch
        {
            Delete(name);
            throw;
        }

        return new StoredBlob(name, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public Stream OpenRead(string name) =>
        new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public bool Exists(string name) => File.Exists(PathOf(name));

    /// <summary>Removes the bytes; a file already gone is fine.</summary>
    public void Delete(string name)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string name)
    {
        if (name.Length != NameLength || !name.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a stored file name.", nameof(name));
        }

        return Path.Combine(_root, name[..2], name);
    }
}
