using Microsoft.Playwright;

namespace SimpleCrm.BrowserTests;

/// <summary>
/// Full-page screenshots at a desktop and a phone width, for a person to look at. They go to the
/// folder in SCREENSHOTS_DIR, or to bin/screenshots of this project (never committed).
/// </summary>
public static class Screenshots
{
    public const int DesktopWidth = 1280;
    public const int PhoneWidth = 390;
    private const int DesktopHeight = 900;
    private const int PhoneHeight = 844;

    public static string Folder { get; } = ResolveFolder();

    /// <summary>Saves name-1280.png and name-390.png, then puts the page back at the desktop width.</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.SetViewportSizeAsync(DesktopWidth, DesktopHeight);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-{DesktopWidth}.png"), FullPage = true });
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-{PhoneWidth}.png"), FullPage = true });
        await page.SetViewportSizeAsync(DesktopWidth, DesktopHeight);
    }

    /// <summary>How many CSS pixels the page is wider than a phone screen: anything above 0 scrolls sideways.</summary>
    public static async Task<int> PhoneOverflowAsync(IPage page)
    {
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        try
        {
            return await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        }
        finally
        {
            await page.SetViewportSizeAsync(DesktopWidth, DesktopHeight);
        }
    }

    private static string ResolveFolder()
    {
        var configured = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        // The test runs in bin/<configuration>/<framework>/: the default is this project's bin/screenshots.
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && folder.Name != "bin")
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "screenshots");
    }
}
