namespace SimpleCrm.Application.Common;

/// <summary>The user on whose behalf the application acts. Faked in tests; HTTP-backed in the web app.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id, or null for the system (seeding, background jobs).</summary>
    string? UserId { get; }

    /// <summary>
    /// Ids of the access classes the user holds, directly or through a role. Resolved once per
    /// request (a tiny query), so the visibility rule filters with a constant list rather than a
    /// correlated subquery per contact row.
    /// </summary>
    IReadOnlyCollection<int> AccessClassIds { get; }

    bool IsInRole(string role);
}
