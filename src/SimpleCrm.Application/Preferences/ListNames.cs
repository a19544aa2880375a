namespace SimpleCrm.Application.Preferences;

/// <summary>The lists whose users keep a <see cref="ListPreference"/>.</summary>
public static class ListNames
{
    public const string Leads = "leads";
}
