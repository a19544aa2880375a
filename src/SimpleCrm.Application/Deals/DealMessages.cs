namespace SimpleCrm.Application.Deals;

/// <summary>Message keys of deals; each is a key in the resource files.</summary>
public static class DealMessages
{
    public const string PipelineUnknown = "Deals.PipelineUnknown";
    public const string StageUnknown = "Deals.StageUnknown";
    public const string ResponsibleUnknown = "Deals.ResponsibleUnknown";
    public const string ValueNegative = "Deals.ValueNegative";
    public const string CurrencyInvalid = "Deals.CurrencyInvalid";
    public const string LostReasonRequired = "Deals.LostReasonRequired";
    public const string LostReasonUnknown = "Deals.LostReasonUnknown";

    /// <summary>The contact already has an open deal with this label in the pipeline.</summary>
    public const string LabelTaken = "Deals.LabelTaken";
}
