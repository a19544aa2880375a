namespace SimpleCrm.Application.CustomFields;

/// <summary>Column lengths and number bounds of custom fields, shared by the model and validation.</summary>
public static class CustomFieldLimits
{
    public const int Label = 100;

    /// <summary>
    /// A text value's length. Its folded copy leads an index with the field id: 400 characters are
    /// 800 bytes as nvarchar, inside SQL Server's 900-byte key limit with the 4-byte field id.
    /// </summary>
    public const int Text = 400;

    public const int OptionLabel = 100;

    public const int Currency = 3;

    /// <summary>Digits after the decimal point the number column keeps (money keeps 2).</summary>
    public const int NumberScale = 4;

    public const int MoneyScale = 2;

    /// <summary>The largest magnitude decimal(18, 4) holds.</summary>
    public const decimal MaxNumber = 99_999_999_999_999m;
}
