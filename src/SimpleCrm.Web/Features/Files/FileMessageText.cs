using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Web.Features.Files;

/// <summary>A refused upload's message in the user's language, with the size limit or the allowed types it names.</summary>
public static class FileMessageText
{
    public static string For(Failure failure, IStringLocalizer localizer, long maxUploadBytes) => failure.MessageKey switch
    {
        FileMessages.TooLarge => localizer[FileMessages.TooLarge, FileSizes.Format(maxUploadBytes)],
        FileMessages.TypeNotAllowed => localizer[FileMessages.TypeNotAllowed, string.Join(", ", FileTypes.Extensions)],
        var key => localizer[key],
    };
}
