namespace SimpleCrm.Application.Common;

/// <summary>The user on whose behalf the application acts. Faked in tests; HTTP-backed in the web app.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id, or null for the system (seeding, background jobs).</summary>
    string? UserId { get; }

    bool IsInRole(string role);
}
