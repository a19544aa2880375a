using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;
using static SimpleCrm.Web.Tests.Features.ImportWizard.ImportWizardScene;

namespace SimpleCrm.Web.Tests.Features.ImportWizard;

/// <summary>The upload's own limit, "Imports:MaxUploadMegabytes" (1 MB here): a clear message on the form, never an error page.</summary>
public sealed class ImportUploadLimitTests(ImportUploadLimitTests.OneMegabyteFactory factory) : IClassFixture<ImportUploadLimitTests.OneMegabyteFactory>
{
    [Theory]
    [InlineData(1024 * 1024 + 1)]
    [InlineData(3 * 1024 * 1024)]
    public async Task A_file_over_the_limit_gets_a_message_naming_it(int size)
    {
        var (client, _) = await RepAsync(factory);
        var content = Encoding.ASCII.GetBytes("Name;Email\n" + string.Concat(Enumerable.Repeat("Jan Kowalski;jan@example.pl\n", (size / 28) + 1)))[..size];

        using var response = await UploadAsync(client, "duzy.csv", content);
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([ResourceFile.English("Imports.Wizard.TooLarge").Replace("{0}", "1 MB", StringComparison.Ordinal)], page.SummaryErrors());
    }

    [Fact]
    public async Task A_file_under_the_limit_goes_on_to_the_read_settings()
    {
        var (client, _) = await RepAsync(factory);

        var page = await UploadPageAsync(client, "maly.csv", PolishContacts("Jan;Kowalski;;;;\r\n"));

        Assert.NotNull(page.QuerySelector("form[data-testid=settings-form]"));
    }

    /// <summary>The app with a 1 MB import limit.</summary>
    public sealed class OneMegabyteFactory : CrmWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Imports:MaxUploadMegabytes", "1");
        }
    }
}
