namespace SimpleCrm.Web.Features.AddClients;

/// <summary>Step 2: add every chosen contact, or only those ticked by hand.</summary>
public enum AddClientsMode
{
    All,
    Pick,
}
