namespace SimpleCrm.Application.Contacts;

/// <summary>Settings of the contacts feature (section "Contacts").</summary>
public sealed class ContactOptions
{
    public const string Section = "Contacts";

    /// <summary>ISO 3166 region assumed for phone numbers typed without a country code.</summary>
    public string DefaultPhoneRegion { get; set; } = "PL";
}
