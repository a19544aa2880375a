namespace SimpleCrm.Application.Leads;

/// <summary>What the contact person form posts. Only the name is required.</summary>
public sealed class LeadContactPersonInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
