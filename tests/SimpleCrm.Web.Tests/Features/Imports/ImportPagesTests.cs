using System.Net;
using System.Text.Json;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Imports;

/// <summary>/Imports and an import's page: who sees which import, what the page tells, the progress JSON.</summary>
public sealed class ImportPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_rep_sees_only_their_own_imports_and_a_manager_sees_everyones()
    {
        var tag = Tag();
        var (rep, repId) = await SignedInAsync(Roles.SalesRep, tag);
        var (_, otherId) = await SignedInAsync(Roles.SalesRep, tag + "o");
        var (manager, _) = await SignedInAsync(Roles.Manager, tag);
        var own = await factory.AddImportAsync(repId, $"own-{tag}.csv");
        var others = await factory.AddImportAsync(otherId, $"others-{tag}.csv");

        var repList = await rep.GetDocumentAsync("/Imports");
        var managerList = await manager.GetDocumentAsync("/Imports");

        Assert.NotNull(repList.QuerySelector($"[data-import='{own}']"));
        Assert.Null(repList.QuerySelector($"[data-import='{others}']"));
        Assert.NotNull(managerList.QuerySelector($"[data-import='{own}']"));
        Assert.NotNull(managerList.QuerySelector($"[data-import='{others}']"));
        Assert.Equal($"own-{tag}.csv", repList.QuerySelector($"[data-import='{own}'] [data-testid=import-file]")!.TextContent.Trim());
        Assert.Equal("Completed", repList.QuerySelector($"[data-import='{own}'] [data-testid=import-status]")!.TextContent.Trim());
        Assert.Contains("2 failed", repList.QuerySelector($"[data-import='{own}']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/Imports/{0}")]
    [InlineData("GET", "/Imports/{0}/Progress")]
    [InlineData("GET", "/Imports/{0}/Errors.csv")]
    [InlineData("GET", "/Imports/{0}/Errors.xlsx")]
    [InlineData("POST", "/Imports/{0}/Cancel")]
    [InlineData("POST", "/Imports/{0}/Undo")]
    public async Task A_rep_gets_404_for_someone_elses_import(string method, string path)
    {
        var tag = Tag();
        var (rep, _) = await SignedInAsync(Roles.SalesRep, tag);
        var (_, otherId) = await SignedInAsync(Roles.SalesRep, tag + "o");
        var importId = await factory.AddImportAsync(otherId, $"others-{tag}.csv", i => i.Status = ImportStatus.Running);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, importId);

        using var response = method == "GET"
            ? await rep.GetAsync(new Uri(url, UriKind.Relative))
            : await rep.PostWithTokenAsync(url, await rep.AntiforgeryTokenAsync("/Imports"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ImportStatus.Running, await factory.WithDbAsync(db => Task.FromResult(db.Imports.Single(i => i.Id == importId).Status)));
    }

    [Theory]
    [InlineData("/Imports")]
    [InlineData("/Imports/1")]
    [InlineData("/Imports/1/Progress")]
    [InlineData("/Imports/Template/Contact.csv")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.StartsWith("/Account/Login", response.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_page_shows_the_settings_counts_and_the_error_file_links()
    {
        var tag = Tag();
        var (rep, repId) = await SignedInAsync(Roles.SalesRep, tag);
        var importId = await factory.AddImportAsync(repId, $"kontakty-{tag}.csv");

        var page = await rep.GetDocumentAsync($"/Imports/{importId}");

        Assert.Equal($"kontakty-{tag}.csv", page.QuerySelector("[data-testid=import-title]")!.TextContent.Trim());
        var settings = page.QuerySelector("[data-testid=import-settings]")!.TextContent;
        Assert.Contains("CSV", settings, StringComparison.Ordinal);
        Assert.Contains("Windows-1250", settings, StringComparison.Ordinal);
        Assert.Contains("Semicolon", settings, StringComparison.Ordinal);
        Assert.Contains("Skip the row", settings, StringComparison.Ordinal);
        Assert.Contains("polski", settings, StringComparison.Ordinal);
        Assert.Equal("1:30", page.QuerySelector("[data-testid=import-duration]")!.TextContent.Trim());
        Assert.Equal(["6", "1", "1", "2"], page.QuerySelectorAll("[data-count]").Select(c => c.TextContent.Trim()));
        Assert.Equal($"/Imports/{importId}/Errors.xlsx", page.QuerySelector("[data-testid=errors-xlsx]")!.GetAttribute("href"));
        Assert.Equal($"/Imports/{importId}/Errors.csv", page.QuerySelector("[data-testid=errors-csv]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("[data-testid=import-undo]"));
        Assert.Null(page.QuerySelector("[data-testid=import-cancel]"));
        Assert.Equal(string.Empty, page.QuerySelector("[data-progress-url]")!.GetAttribute("data-progress-url"));
    }

    [Fact]
    public async Task A_failed_run_shows_a_friendly_message_and_its_exception_only_to_admins()
    {
        var tag = Tag();
        var (rep, repId) = await SignedInAsync(Roles.SalesRep, tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var importId = await factory.AddImportAsync(repId, $"broken-{tag}.csv", i =>
        {
            i.Status = ImportStatus.Failed;
            i.LastError = "System.IO.IOException: disk full " + tag;
        });

        var repPage = await rep.GetDocumentAsync($"/Imports/{importId}");
        var adminPage = await admin.GetDocumentAsync($"/Imports/{importId}");

        Assert.Equal(ResourceFile.English("Imports.FailedMessage"), repPage.QuerySelector("[data-testid=import-failed]")!.TextContent.Trim());
        Assert.DoesNotContain("disk full", repPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("disk full " + tag, adminPage.QuerySelector("details[data-testid=import-last-error]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_import_polls_its_progress_which_answers_json_with_counts()
    {
        var tag = Tag();
        var (rep, repId) = await SignedInAsync(Roles.SalesRep, tag);
        var importId = await factory.AddImportAsync(repId, $"running-{tag}.csv", i =>
        {
            i.Status = ImportStatus.Running;
            i.RowsTotal = 4000;
            i.Processed = 1000;
            i.Created = 990;
            i.Failed = 10;
            i.FinishedAt = null;
        });

        var page = await rep.GetDocumentAsync($"/Imports/{importId}");
        var list = await rep.GetDocumentAsync("/Imports");
        using var response = await rep.GetAsync(new Uri($"/Imports/{importId}/Progress", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var progress = json.RootElement;

        Assert.Equal($"/Imports/{importId}/Progress", page.QuerySelector("[data-progress-url]")!.GetAttribute("data-progress-url"));
        Assert.NotNull(list.QuerySelector($"[data-import='{importId}'] [data-progress-url]"));
        Assert.NotNull(page.QuerySelector("[data-testid=import-cancel]"));
        Assert.Null(page.QuerySelector("[data-testid=import-undo]"));
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("Running", "Running", false, 25), (progress.GetProperty("status").GetString(), progress.GetProperty("statusText").GetString(), progress.GetProperty("finished").GetBoolean(), progress.GetProperty("percent").GetInt32()));
        Assert.Equal("1,000 of 4,000 rows", progress.GetProperty("rowsText").GetString());
        Assert.Equal((990, 10), (progress.GetProperty("created").GetInt32(), progress.GetProperty("failed").GetInt32()));
    }

    [Fact]
    public async Task With_no_imports_the_list_explains_and_offers_the_templates()
    {
        var tag = Tag();
        var (rep, _) = await SignedInAsync(Roles.SalesRep, tag);

        var page = await rep.GetDocumentAsync("/Imports");

        Assert.NotNull(page.QuerySelector("[data-testid=imports-empty]"));
        Assert.Equal(
            ["/Imports/Template/Contact.csv", "/Imports/Template/Contact.xlsx", "/Imports/Template/Lead.csv", "/Imports/Template/Lead.xlsx"],
            page.QuerySelectorAll("[data-testid=import-templates] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/Imports/New", page.QuerySelector("[data-testid=new-import]")!.GetAttribute("href"));
        Assert.Equal("/Imports", page.QuerySelector("[data-testid=nav-imports]")!.GetAttribute("href"));
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private async Task<(HttpClient Client, string UserId)> SignedInAsync(string role, string tag)
    {
        var email = $"{role.ToLowerInvariant()}-{tag}@test.local";
        var id = await factory.CreateUserAsync(email, role);
        return (await factory.SignedInClientAsync(email), id);
    }
}
