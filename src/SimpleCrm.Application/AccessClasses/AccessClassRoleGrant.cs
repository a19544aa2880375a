using Microsoft.AspNetCore.Identity;

namespace SimpleCrm.Application.AccessClasses;

/// <summary>A role whose members all hold an access class.</summary>
public sealed class AccessClassRoleGrant
{
    public int AccessClassId { get; set; }

    public string RoleId { get; set; } = string.Empty;

    /// <summary>The role, so the visibility rule can match the signed-in user's role names.</summary>
    public IdentityRole? Role { get; set; }
}
