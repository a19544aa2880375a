using Microsoft.AspNetCore.Identity;

namespace SimpleCrm.Application.Users;

/// <summary>A person who signs in: sales rep, manager or admin.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A deactivated user cannot sign in; the records they own stay.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}
