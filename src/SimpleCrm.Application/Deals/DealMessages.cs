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

    /// <summary>A deleted open deal cannot come back while another open deal of its contact in the pipeline holds its label.</summary>
    public const string RestoreLabelTaken = "Deals.RestoreLabelTaken";

    /// <summary>A deleted deal of a deleted contact comes back with its contact first.</summary>
    public const string RestoreContactDeleted = "Deals.RestoreContactDeleted";
}
