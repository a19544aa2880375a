namespace SimpleCrm.Application.Lists;

/// <summary>Message keys of lists; each is a key in the resource files.</summary>
public static class ListMessages
{
    public const string NameTaken = "Lists.NameTaken";
    public const string ListRequired = "Lists.ListRequired";
}
