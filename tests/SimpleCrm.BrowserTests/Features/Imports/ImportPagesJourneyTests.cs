using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SimpleCrm.Application.Imports;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Imports;

/// <summary>
/// The imports pages in a browser: a finished import with failed rows on the list and on its page
/// (screenshots), and a running import whose bar moves while the page is open and which shows its
/// result by itself when the run ends.
/// </summary>
public sealed class ImportPagesJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_finished_import_with_errors_shows_on_the_list_and_its_page_offers_the_error_file()
    {
        var server = factory.ServerAddress;
        var adminId = await AdminIdAsync();
        var importId = await factory.AddImportAsync(adminId, "Kontakty z targów Poznań 2026 — eksport z Excela.csv", i =>
        {
            i.RowsTotal = 1250;
            i.Processed = 1250;
            i.Created = 1180;
            i.Updated = 41;
            i.SkippedDuplicates = 17;
            i.Failed = 12;
        });
        await factory.AddImportErrorAsync(importId, 7, "Validation.InvalidEmail", [], "Anna", "Wiśniewska", "anna@");
        await factory.AddImportAsync(adminId, "leady-styczen.xlsx", i =>
        {
            i.Status = ImportStatus.Undone;
            i.Format = "Xlsx";
            i.EntityType = ImportEntityType.Lead;
            i.Failed = 0;
        });
        var page = await browser.NewPageAsync(server);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await page.GetByTestId("nav-imports").First.ClickAsync();
        var row = page.Locator($"[data-import='{importId}']");
        await Expect(row.GetByTestId("import-status")).ToHaveTextAsync("Completed");
        await Expect(row).ToContainTextAsync("12 failed");
        await Screenshots.SaveAsync(page, "imports-list");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await row.GetByTestId("import-file").ClickAsync();
        await Expect(page.GetByTestId("import-title")).ToHaveTextAsync("Kontakty z targów Poznań 2026 — eksport z Excela.csv");
        await Expect(page.GetByTestId("import-settings")).ToContainTextAsync("Windows-1250");
        await Expect(page.GetByTestId("import-errors")).ToContainTextAsync("12 rows could not be saved");
        await Screenshots.SaveAsync(page, "import-record");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("errors-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bar_of_a_running_import_moves_while_the_page_is_open_and_the_result_shows_when_it_ends()
    {
        var server = factory.ServerAddress;
        var adminId = await AdminIdAsync();
        var importId = await factory.AddImportAsync(adminId, "running.csv", i =>
        {
            i.Status = ImportStatus.Queued;
            i.RowsTotal = 1000;
            i.Processed = i.Created = i.Updated = i.SkippedDuplicates = i.Failed = i.Checkpoint = 0;
            i.StartedAt = i.FinishedAt = null;
        });
        var page = await browser.NewPageAsync(server);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync(new Uri(server, $"/Imports/{importId}").ToString());
        var bar = page.GetByRole(AriaRole.Progressbar);
        await Expect(bar).ToHaveAttributeAsync("aria-valuenow", "0");
        await Expect(page.GetByTestId("import-status")).ToHaveTextAsync("Queued");

        await SetAsync(importId, ImportStatus.Running, processed: 500, created: 490);
        await Expect(bar).ToHaveAttributeAsync("aria-valuenow", "50");
        await Expect(page.GetByTestId("import-status")).ToHaveTextAsync("Running");
        await Expect(page.GetByTestId("import-status")).ToHaveClassAsync("badge text-bg-primary");
        await Expect(page.Locator("[data-count=created]")).ToHaveTextAsync("490");
        await Expect(page.GetByTestId("import-progress")).ToContainTextAsync("500 of 1,000 rows");
        await Screenshots.SaveAsync(page, "import-running");

        await SetAsync(importId, ImportStatus.Completed, processed: 1000, created: 990);
        await Expect(page.GetByTestId("import-undo")).ToBeVisibleAsync();
        await Expect(bar).ToHaveAttributeAsync("aria-valuenow", "100");
        await Expect(page.GetByTestId("import-status")).ToHaveTextAsync("Completed");
        await Expect(page.GetByTestId("import-cancel")).ToHaveCountAsync(0);
    }

    private Task<string> AdminIdAsync() =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync());

    /// <summary>Moves the import on as a run would: its status, rows done and created.</summary>
    private Task<int> SetAsync(int importId, ImportStatus status, int processed, int created) =>
        factory.WithDbAsync(db => db.Imports.Where(i => i.Id == importId).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, status).SetProperty(i => i.Processed, processed).SetProperty(i => i.Checkpoint, processed)
            .SetProperty(i => i.Created, created).SetProperty(i => i.StartedAt, new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc))
            .SetProperty(i => i.FinishedAt, status == ImportStatus.Completed ? new DateTime(2026, 3, 5, 9, 2, 0, DateTimeKind.Utc) : null)));
}
