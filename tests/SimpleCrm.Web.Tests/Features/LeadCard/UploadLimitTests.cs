using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Startup;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadCard;

/// <summary>The size limit comes from one setting: the upload command, the form reader and the page all follow it.</summary>
public sealed class UploadLimitTests(UploadLimitTests.SmallUploadsFactory factory) : IClassFixture<UploadLimitTests.SmallUploadsFactory>
{
    public const long Limit = 2048;

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused_with_the_limit_in_the_message()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);

        using var atLimit = await scene.Owner.UploadAsync($"/Files/Lead/{scene.LeadId}", "dokladnie.txt", Text(Limit));
        using var overLimit = await scene.Owner.UploadAsync($"/Files/Lead/{scene.LeadId}", "za-duzy.txt", Text(Limit + 1));

        var page = await scene.Owner.GetDocumentAsync(overLimit.RedirectTarget());
        Assert.Equal(HttpStatusCode.Redirect, overLimit.StatusCode);
        Assert.Contains(ResourceFile.English("Files.TooLarge").Replace("{0}", "2 KB", StringComparison.Ordinal), page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["dokladnie.txt"], await factory.WithDbAsync(db => db.Files.Where(f => f.RecordId == scene.LeadId && f.RecordType == "Lead").Select(f => f.FileName).ToListAsync()));
    }

    [Fact]
    public async Task The_form_reader_takes_twice_the_limit_and_the_page_tells_the_browser_the_limit()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);

        var tab = await scene.Owner.GetDocumentAsync($"/Leads/{scene.LeadId}?tab=files");

        Assert.Equal(UploadSetup.RequestLimit(Limit), factory.Services.GetRequiredService<IOptions<FormOptions>>().Value.MultipartBodyLengthLimit);
        Assert.Equal(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), tab.QuerySelector("form[data-file-upload]")?.GetAttribute("data-max-bytes"));
    }

    private static byte[] Text(long length) => Encoding.ASCII.GetBytes(new string('x', (int)length));

    /// <summary>The app with a 2 KB upload limit.</summary>
    public sealed class SmallUploadsFactory : CrmWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Files:MaxUploadBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
