namespace SimpleCrm.Application.AccessClasses;

/// <summary>A user who holds an access class.</summary>
public sealed class AccessClassUserGrant
{
    public int AccessClassId { get; set; }

    public string UserId { get; set; } = string.Empty;
}
