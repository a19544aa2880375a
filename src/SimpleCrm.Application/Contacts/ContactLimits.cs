namespace SimpleCrm.Application.Contacts;

/// <summary>Column lengths of contacts, shared by the model and the validation messages.</summary>
public static class ContactLimits
{
    public const int Name = 100;
    public const int Company = 200;
    public const int DisplayName = 250;
    public const int Address = 300;
    public const int PostalCode = 20;
    public const int Website = 300;
    public const int Notes = 4000;
    public const int Email = 254;
    public const int Phone = 40;
    public const int SearchText = 2000;
    public const int MaxEmails = 5;
    public const int MaxPhones = 5;
}
