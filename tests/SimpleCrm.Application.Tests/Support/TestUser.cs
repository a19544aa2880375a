using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>A signed-in user for service tests.</summary>
public sealed record TestUser(string? UserId, params string[] Roles) : ICurrentUser
{
    public IReadOnlyCollection<int> AccessClassIds { get; init; } = [];

    public static TestUser Admin(string id) => new(id, Users.Roles.Admin);

    public static TestUser Manager(string id) => new(id, Users.Roles.Manager);

    public static TestUser SalesRep(string id) => new(id, Users.Roles.SalesRep);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>The same user with the access classes the database says they hold, as the web app resolves them per request.</summary>
    public async Task<TestUser> WithHeldClassesAsync(CrmDbContext db) =>
        this with { AccessClassIds = await HeldAccessClasses.ForUserAsync(db, UserId!, Roles, CancellationToken.None) };
}
