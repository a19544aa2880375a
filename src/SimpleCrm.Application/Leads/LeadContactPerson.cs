namespace SimpleCrm.Application.Leads;

/// <summary>A person to talk to about a lead (the buyer, the engineer, the assistant): name, role, email, phone.</summary>
public sealed class LeadContactPerson
{
    public const int RoleMaxLength = 100;

    public int Id { get; set; }

    public int LeadId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The phone in E.164, for a tel: link that works from anywhere.</summary>
    public string? PhoneE164 { get; set; }
}
