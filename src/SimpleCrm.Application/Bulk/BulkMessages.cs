namespace SimpleCrm.Application.Bulk;

/// <summary>Message keys of bulk actions.</summary>
public static class BulkMessages
{
    public const string NoContacts = "Bulk.NoContacts";
    public const string UnknownAction = "Bulk.UnknownAction";
    public const string ListRequired = "Bulk.ListRequired";
    public const string ResponsibleRequired = "Bulk.ResponsibleRequired";
    public const string AccessClassNotAllowed = "Bulk.AccessClassNotAllowed";
}
