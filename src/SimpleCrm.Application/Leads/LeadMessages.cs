namespace SimpleCrm.Application.Leads;

/// <summary>Message keys of leads; each is a key in the resource files.</summary>
public static class LeadMessages
{
    public const string StatusUnknown = "Leads.StatusUnknown";
    public const string SourceUnknown = "Leads.SourceUnknown";
    public const string ResponsibleUnknown = "Leads.ResponsibleUnknown";
    public const string AmountNegative = "Leads.AmountNegative";
    public const string CurrencyInvalid = "Leads.CurrencyInvalid";
    public const string BirthDateInFuture = "Leads.BirthDateInFuture";

    public const string FilterNameTaken = "Leads.Filters.NameTaken";
    public const string FilterTooLong = "Leads.Filters.TooLong";
    public const string BulkNoneSelected = "Leads.Bulk.NoneSelected";
    public const string BulkConvertInstead = "Leads.Bulk.ConvertInstead";

    /// <summary>Moving a lead to a Converted status is the conversion, which asks what to create: not a plain status change.</summary>
    public const string ConvertInstead = "Leads.ConvertInstead";
}
