using SimpleCrm.Application.Files;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Files;

/// <summary>A record's files with the upload form; <see cref="ReturnUrl"/> is the page they are shown on.</summary>
public sealed record RecordFilesViewModel(RecordRef Record, IReadOnlyList<FileItem> Files, string ReturnUrl, long MaxUploadBytes)
{
    /// <summary>The file input's accept attribute: the extensions the server takes.</summary>
    public static string Accept => string.Join(',', FileTypes.Extensions);
}
