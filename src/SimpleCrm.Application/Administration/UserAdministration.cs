using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Administration;

/// <summary>Admin > Users: list, create, assign a role, deactivate and reactivate, reset a password.</summary>
public sealed class UserAdministration(UserManager<AppUser> users, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserListItem>> ListAsync(CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(Roles.Admin))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var rows = await users.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsActive, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var roleByUser = await RolesByUserAsync(cancellationToken);
        return [.. rows.Select(u => new UserListItem(
            u.Id, u.Email ?? string.Empty, u.DisplayName, roleByUser.GetValueOrDefault(u.Id), u.IsActive, u.LockoutEnd > now))];
    }

    public async Task<Result<string>> CreateAsync(NewUserInput input, CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(Roles.Admin))
        {
            return Result<string>.NotFound();
        }

        var failures = new List<Failure>();
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !MailAddress.TryCreate(email, out _))
        {
            failures.Add(new Failure(Messages.InvalidEmail, nameof(input.Email)));
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            failures.Add(new Failure(Messages.Required, nameof(input.DisplayName)));
        }
        else if (input.DisplayName.Trim().Length > 200)
        {
            failures.Add(new Failure(Messages.TooLong, nameof(input.DisplayName)));
        }

        if (input.Role is null || !Roles.All.Contains(input.Role))
        {
            failures.Add(new Failure(Messages.Required, nameof(input.Role)));
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            failures.Add(new Failure(Messages.Required, nameof(input.Password)));
        }

        if (failures.Count > 0)
        {
            return Result<string>.Fail(failures);
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return Result<string>.Fail(IdentityFailures.From(created, nameof(input.Password)));
        }

        await users.AddToRoleAsync(user, input.Role!);
        return Result<string>.Ok(user.Id);
    }

    public async Task<Result> ChangeRoleAsync(string userId, string role, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(role))
        {
            return Result.Fail(new Failure(Messages.Required, "Role"));
        }

        var user = await FindAsync(userId);
        if (user is null)
        {
            return Result.NotFound();
        }

        if (user.Id == currentUser.UserId && role != Roles.Admin)
        {
            return Result.Fail(new Failure("Users.CannotDemoteSelf"));
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);

        // A new role must take effect at once, not when the old cookie expires.
        await users.UpdateSecurityStampAsync(user);
        return Result.Success;
    }

    /// <summary>Deactivating ends the user's sessions; their contacts and history stay as they are.</summary>
    public async Task<Result> SetActiveAsync(string userId, bool active, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        if (user is null)
        {
            return Result.NotFound();
        }

        if (user.Id == currentUser.UserId && !active)
        {
            return Result.Fail(new Failure("Users.CannotDeactivateSelf"));
        }

        user.IsActive = active;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return Result.Success;
    }

    public async Task<Result> ResetPasswordAsync(string userId, string? newPassword, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(newPassword))
        {
            return Result.Fail(new Failure(Messages.Required, "NewPassword"));
        }

        var user = await FindAsync(userId);
        if (user is null)
        {
            return Result.NotFound();
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return Result.Fail(IdentityFailures.From(reset, "NewPassword"));
        }

        // A reset also lifts a lockout, so the user can sign in with the new password at once.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Result.Success;
    }

    private async Task<AppUser?> FindAsync(string userId) =>
        currentUser.IsInRole(Roles.Admin) ? await users.FindByIdAsync(userId) : null;

    private async Task<Dictionary<string, string>> RolesByUserAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>();
        foreach (var role in Roles.All)
        {
            foreach (var member in await users.GetUsersInRoleAsync(role))
            {
                result.TryAdd(member.Id, role);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }
}
