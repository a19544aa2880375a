namespace SimpleCrm.Web.Tests.Support;

/// <summary>Files of the repository the tests run from, found by walking up to SimpleCrm.sln.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SimpleCrm.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SimpleCrm.sln above {AppContext.BaseDirectory}.");
    }
}
