namespace SimpleCrm.Application.Users;

/// <summary>The three roles of SimpleCrm.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Manager = "Manager";
    public const string SalesRep = "SalesRep";

    public static IReadOnlyList<string> All { get; } = [Admin, Manager, SalesRep];

    /// <summary>Roles that see every contact, lead and deal.</summary>
    public static IReadOnlyList<string> SeeAll { get; } = [Admin, Manager];
}
