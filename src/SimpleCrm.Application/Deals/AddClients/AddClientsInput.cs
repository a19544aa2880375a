namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>
/// The fields every added deal shares (step 3 of the wizard). A settable class, not a record, so a
/// further option (auto-conversion's "convert existing and future contacts") is one more property.
/// </summary>
public sealed class AddClientsInput
{
    public string? Label { get; set; }

    public int? StageId { get; set; }

    public DateOnly? CloseBy { get; set; }

    /// <summary>The deals' owner; empty for each contact's responsible user.</summary>
    public string? OwnerId { get; set; }

    public decimal? Value { get; set; }

    /// <summary>ISO 4217 code, three letters, as on leads.</summary>
    public string? Currency { get; set; }
}
