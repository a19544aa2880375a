using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Leads;

/// <summary>What the lead form posts. Only the name is always required; status and source default to the first ones.</summary>
public sealed class LeadInput
{
    public string? Name { get; set; }

    public int? StatusId { get; set; }

    public int? SourceId { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public string? CompanyCode { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public DateOnly? BirthDate { get; set; }

    public decimal? EstimatedAmount { get; set; }

    public string? Currency { get; set; }

    public string? ProductsOfInterest { get; set; }

    public string? ResponsibleUserId { get; set; }

    /// <summary>The lead's custom fields as the form posts them; checked against the active lead fields.</summary>
    public List<CustomFieldEntry> CustomFields { get; set; } = [];
}
