namespace SimpleCrm.Application.Selection;

/// <summary>A contact in a user's selection basket: kept on the server, so it survives paging, filters and reloads.</summary>
public sealed class SelectedContact
{
    public string UserId { get; set; } = string.Empty;

    public int ContactId { get; set; }

    public DateTime SelectedAt { get; set; }
}
