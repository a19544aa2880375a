namespace SimpleCrm.Application.CustomFields;

/// <summary>Message keys of custom fields; each is a key in the resource files.</summary>
public static class CustomFieldMessages
{
    public const string LabelTaken = "CustomFields.LabelTaken";
    public const string InvalidType = "CustomFields.InvalidType";
    public const string InvalidRecordType = "CustomFields.InvalidRecordType";
    public const string TypeInUse = "CustomFields.TypeInUse";
    public const string OrderOutdated = "CustomFields.OrderOutdated";
    public const string OptionTaken = "CustomFields.OptionTaken";
    public const string InvalidNumber = "CustomFields.InvalidNumber";
    public const string InvalidMoney = "CustomFields.InvalidMoney";
    public const string InvalidCurrency = "CustomFields.InvalidCurrency";
    public const string InvalidDate = "CustomFields.InvalidDate";
    public const string InvalidDateTime = "CustomFields.InvalidDateTime";
    public const string InvalidYesNo = "CustomFields.InvalidYesNo";
    public const string InvalidOption = "CustomFields.InvalidOption";
}
