using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SimpleCrm.Web.Shared;

/// <summary>A one-time message shown by the layout after a redirect ("Contact saved").</summary>
public static class FlashMessages
{
    private const string Key = "Flash";

    public static void Flash(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? TakeFlash(this ITempDataDictionary tempData) => tempData[Key] as string;
}
