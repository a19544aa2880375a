namespace SimpleCrm.Application.AutoConversion;

/// <summary>Message keys of auto-conversion rules; each is a key in the resource files.</summary>
public static class AutoConversionMessages
{
    public const string SourceRequired = "AutoConversion.SourceRequired";
    public const string OneSource = "AutoConversion.OneSource";
    public const string StageRequired = "AutoConversion.StageRequired";
    public const string InvalidCurrency = "AutoConversion.InvalidCurrency";
    public const string InvalidOffset = "AutoConversion.InvalidOffset";
    public const string NegativeValue = "AutoConversion.NegativeValue";
}
