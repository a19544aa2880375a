namespace SimpleCrm.Application.Common;

/// <summary>Builds a "contains" LIKE pattern with the wildcard characters of user input escaped.</summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Contains(string fragment) =>
        "%" + fragment.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[") + "%";
}
