using Microsoft.AspNetCore.Hosting;

namespace SimpleCrm.BrowserTests.Features.Email;

/// <summary>The app on Kestrel with Hangfire's workers running, so a queued email is really sent.</summary>
public sealed class HangfireBrowserWebFactory : BrowserCrmWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hangfire:Server", "true");
    }
}
