namespace SimpleCrm.Application.Common;

/// <summary>
/// The scope's current user: the request's signed-in user, until a background job (which has no
/// request) acts as the user it runs for. The DbContext's audit stamps read it at each save, so the
/// records a job writes are created and updated by that user, not by nobody.
/// </summary>
public sealed class ActingUser(ICurrentUser signedIn) : ICurrentUser
{
    private ICurrentUser _current = signedIn;

    public string? UserId => _current.UserId;

    public IReadOnlyCollection<int> AccessClassIds => _current.AccessClassIds;

    public bool IsInRole(string role) => _current.IsInRole(role);

    /// <summary>From now on the scope acts as <paramref name="user"/>.</summary>
    public void ActAs(ICurrentUser user) => _current = user;
}
