namespace SimpleCrm.Application.Leads.Conversion;

/// <summary>Message keys of the conversion; each is a key in the resource files.</summary>
public static class LeadConversionMessages
{
    /// <summary>The lead was converted (or assigned to a contact) before: a lead is converted once.</summary>
    public const string AlreadyConverted = "LeadConversion.AlreadyConverted";

    /// <summary>The deal's stage is not an Open stage of an active pipeline (archived or deleted meanwhile, or a forged id).</summary>
    public const string DealStageUnknown = "LeadConversion.DealStageUnknown";

    /// <summary>The contact already has an open deal with this label in the pipeline.</summary>
    public const string DealLabelTaken = "LeadConversion.DealLabelTaken";

    /// <summary>The deal's value is negative.</summary>
    public const string DealValueNegative = "LeadConversion.DealValueNegative";
}
