using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Web.Startup;

/// <summary>
/// The request limits follow "Files:MaxUploadBytes". They sit at twice the limit (plus room for the
/// form's other fields), so a file a little too big still reaches the upload command and gets its
/// clear message instead of a failed request; the browser checks the size before sending anyway.
/// </summary>
public static class UploadSetup
{
    /// <summary>The room a multipart form needs besides the file: boundaries, headers, token, return address.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>Kestrel's own default, which the limit never goes below (other forms keep what they had).</summary>
    public const long KestrelDefaultBytes = 30_000_000;

    public static IServiceCollection AddCrmUploads(this IServiceCollection services, IConfiguration configuration)
    {
        var max = configuration.GetSection(FileStorageOptions.Section).Get<FileStorageOptions>()?.MaxUploadBytes ?? FileStorageOptions.DefaultMaxUploadBytes;
        var requestLimit = RequestLimit(max);
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = requestLimit);
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = Math.Max(KestrelDefaultBytes, requestLimit));
        return services;
    }

    public static long RequestLimit(long maxUploadBytes) => (2 * maxUploadBytes) + FormOverheadBytes;
}
