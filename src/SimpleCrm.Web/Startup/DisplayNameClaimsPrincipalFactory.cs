using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Startup;

/// <summary>Puts the user's display name into the sign-in cookie, so the layout greets "Małgorzata Wiśniewska", not an email.</summary>
public sealed class DisplayNameClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string ClaimType = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimType, user.DisplayName));
        return identity;
    }
}
