namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>Message keys of "Add clients"; each is a key in the web app's resource files.</summary>
public static class AddClientsMessages
{
    public const string NothingChosen = "AddClients.NothingChosen";
    public const string NothingToAdd = "AddClients.NothingToAdd";
    public const string TooMany = "AddClients.TooMany";
    public const string StageUnknown = "AddClients.StageUnknown";
    public const string OwnerUnknown = "AddClients.OwnerUnknown";
    public const string ValueNegative = "AddClients.ValueNegative";
    public const string CurrencyInvalid = "AddClients.CurrencyInvalid";
}
