namespace SimpleCrm.Application.AccessClasses;

/// <summary>
/// A named class of contacts ("Key accounts", "Region North"). A sales rep sees a contact of the
/// class when the class is granted to them or to their role.
/// </summary>
public sealed class AccessClass
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-cased name: class names are unique without regard to case.</summary>
    public string NameKey { get; set; } = string.Empty;

    public string? Description { get; set; }

    public List<AccessClassUserGrant> UserGrants { get; set; } = [];

    public List<AccessClassRoleGrant> RoleGrants { get; set; } = [];
}
