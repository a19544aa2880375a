using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Imports;

/// <summary>
/// The import journey in a real browser, in Polish: a semicolon CSV in Windows-1250 with Polish headers
/// and diacritics, one column the auto-match gets wrong fixed by hand, the preview naming the bad
/// email, the run watched on the import's page until done, the error file holding the bad row and why.
/// </summary>
public sealed class ImportJourneyTests(BrowserFixture browser, ImportJourneyTests.RunningJobsFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<ImportJourneyTests.RunningJobsFactory>
{
    private const string File =
        "Imię;Nazwisko;E-mail;Telefon;Miasto;Kod;Uwagi\r\n" +
        "Zażółć;Gęślą-Jaźń;zazolc@example.pl;601 234 567;Łódź;K-001;Stały klient\r\n" +
        "Żaneta;Wójcik;zaneta-bez-malpy.example.pl;602 345 678;Gdańsk;K-002;\r\n" +
        "Łukasz;Śliwiński;lukasz@example.pl;;Kraków;K-003;Targi 2026\r\n";

    static ImportJourneyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task A_polish_rep_imports_a_windows_1250_csv_fixes_a_column_watches_it_run_and_downloads_the_error_file()
    {
        var email = $"importer-{Guid.NewGuid():N}@test.local";
        await factory.CreateUserAsync(email, Roles.SalesRep, "Iga Importer");
        var page = await browser.NewPageAsync(factory.ServerAddress, "pl-PL");
        await page.SignInAsync(email, CrmWebFactory.Password);
        await page.ChooseLanguageAsync("pl");

        await page.GotoAsync("/Imports/New");
        await Expect(page.GetByTestId("wizard-steps")).ToContainTextAsync("Plik");
        await Screenshots.SaveAsync(page, "import-1-upload");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "kontakty.csv",
            MimeType = "text/csv",
            Buffer = Encoding.GetEncoding(1250).GetBytes(File),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij i odczytaj" }).ClickAsync();

        await Expect(page.GetByTestId("read-preview")).ToContainTextAsync("Gęślą-Jaźń");
        await Expect(page.GetByTestId("file-summary")).ToContainTextAsync("Windows-1250");
        await Expect(page.GetByLabel("Separator")).ToHaveValueAsync(";");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "import-2-settings");
        await page.GetByTestId("wizard-next").ClickAsync();

        // "Kod" holds the client's code, not a postal code: the user sends it to the note instead.
        var code = page.GetByLabel("Kod", new() { Exact = true });
        await Expect(code).ToHaveValueAsync("f:PostalCode");
        await Expect(page.GetByLabel("Imię", new() { Exact = true })).ToHaveValueAsync("f:FirstName");
        await Expect(page.GetByLabel("Miasto", new() { Exact = true })).ToHaveValueAsync("f:City");
        await code.SelectOptionAsync(new SelectOptionValue { Label = "Dodaj do notatki" });
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "import-3-mapping");
        await page.GetByTestId("wizard-next").ClickAsync();

        await page.GetByLabel("Tagi").FillAsync("Targi 2026");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "import-4-defaults");
        await page.GetByTestId("wizard-next").ClickAsync();

        var badRow = page.Locator("[data-testid=save-preview] tr[data-row='3']");
        await Expect(badRow.Locator("[data-outcome]")).ToHaveTextAsync("błąd");
        await Expect(badRow.Locator(".import-problems")).ToContainTextAsync("E-mail");
        await Expect(page.GetByTestId("problem-count")).ToContainTextAsync("1");
        await Expect(page.Locator("[data-testid=save-preview] tr[data-row='2']")).ToContainTextAsync("+48601234567");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "import-5-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rozpocznij import" }).ClickAsync();

        // The import's page (Features/Imports) polls its progress until the run is done.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Imports/[0-9]+$"));
        await Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "100", new() { Timeout = 60_000 });
        await Expect(page.Locator("[data-count=created]")).ToHaveTextAsync("2");
        await Expect(page.Locator("[data-count=failed]")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("import-errors")).ToBeVisibleAsync();
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "import-6-done");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("errors-csv").ClickAsync());
        var errors = await System.IO.File.ReadAllTextAsync(await download.PathAsync());
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Imię;Nazwisko;E-mail;Telefon;Miasto;Kod;Uwagi;", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Żaneta;Wójcik;zaneta-bez-malpy.example.pl;602 345 678;Gdańsk;K-002;", lines[1], StringComparison.Ordinal);
        Assert.Contains("e-mail", lines[1], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The app with Hangfire's workers on, so the import runs while the page watches.</summary>
    public sealed class RunningJobsFactory : BrowserCrmWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hangfire:Server", "true");
            builder.UseSetting("Hangfire:Workers", "1");
        }
    }
}
