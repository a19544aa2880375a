namespace SimpleCrm.Application.Leads.Conversion;

/// <summary>Message keys of the conversion; each is a key in the resource files.</summary>
public static class LeadConversionMessages
{
    /// <summary>The lead was converted (or assigned to a contact) before: a lead is converted once.</summary>
    public const string AlreadyConverted = "LeadConversion.AlreadyConverted";
}
