namespace SimpleCrm.Application.Common;

/// <summary>Acts as nobody in particular with full visibility: used by seeding and start-up work.</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;

    public IReadOnlyCollection<int> AccessClassIds => [];

    public bool IsInRole(string role) => role == Users.Roles.Admin;
}
