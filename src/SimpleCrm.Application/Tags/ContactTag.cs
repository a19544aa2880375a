namespace SimpleCrm.Application.Tags;

/// <summary>A tag on a contact.</summary>
public sealed class ContactTag
{
    public int ContactId { get; set; }

    public int TagId { get; set; }

    public Tag? Tag { get; set; }

    public DateTime TaggedAt { get; set; }
}
