namespace SimpleCrm.Application.AccessClasses;

/// <summary>A role whose members all hold an access class.</summary>
public sealed class AccessClassRoleGrant
{
    public int AccessClassId { get; set; }

    public string RoleId { get; set; } = string.Empty;
}
