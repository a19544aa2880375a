using SimpleCrm.Application.Common;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>A signed-in user for service tests.</summary>
public sealed record TestUser(string? UserId, params string[] Roles) : ICurrentUser
{
    public static TestUser Admin(string id) => new(id, Users.Roles.Admin);

    public static TestUser Manager(string id) => new(id, Users.Roles.Manager);

    public static TestUser SalesRep(string id) => new(id, Users.Roles.SalesRep);

    public bool IsInRole(string role) => Roles.Contains(role);
}
