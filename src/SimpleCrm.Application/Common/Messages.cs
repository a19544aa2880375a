namespace SimpleCrm.Application.Common;

/// <summary>Message keys shared by several features; each is a key in the web app's resource files.</summary>
public static class Messages
{
    public const string NotFound = "Error.NotFound";
    public const string Required = "Validation.Required";
    public const string TooLong = "Validation.TooLong";
    public const string InvalidValue = "Validation.InvalidValue";
    public const string InvalidEmail = "Validation.InvalidEmail";
    public const string InvalidPhone = "Validation.InvalidPhone";
    public const string ConcurrencyConflict = "Error.ConcurrencyConflict";
}
