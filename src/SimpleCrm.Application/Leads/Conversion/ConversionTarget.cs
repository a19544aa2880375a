namespace SimpleCrm.Application.Leads.Conversion;

/// <summary>What a conversion creates from the lead's data.</summary>
public enum ConversionTarget
{
    /// <summary>A person contact; the lead's company stays a name on the person.</summary>
    Person,

    /// <summary>A company contact only.</summary>
    Company,

    /// <summary>A company contact and a person contact who belongs to it.</summary>
    PersonAndCompany,
}
