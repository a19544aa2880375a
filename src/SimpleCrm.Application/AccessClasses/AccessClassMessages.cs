namespace SimpleCrm.Application.AccessClasses;

/// <summary>Message keys of the access class administration; each is a key in the resource files.</summary>
public static class AccessClassMessages
{
    public const string NameTaken = "AccessClasses.NameTaken";
    public const string UnknownUser = "AccessClasses.UnknownUser";
    public const string UnknownRole = "AccessClasses.UnknownRole";
}
