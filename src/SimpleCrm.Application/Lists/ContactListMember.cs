namespace SimpleCrm.Application.Lists;

/// <summary>A contact on a list. A contact can be on many lists.</summary>
public sealed class ContactListMember
{
    public int ListId { get; set; }

    public int ContactId { get; set; }

    public DateTime AddedAt { get; set; }

    public string? AddedById { get; set; }
}
