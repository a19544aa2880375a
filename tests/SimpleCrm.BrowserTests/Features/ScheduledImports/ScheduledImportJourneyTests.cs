using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.ScheduledImports;

/// <summary>
/// An admin sets up a scheduled import from the Admin menu with a preset, files arrive in its inbox,
/// and its page lists what became of each. The test host runs no Hangfire server, so the test runs the
/// job itself where the recurring job would.
/// </summary>
public sealed class ScheduledImportJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task Admin_schedules_an_inbox_import_and_sees_each_file_it_found_on_the_schedule_page()
    {
        await AddMappingAsync("Eksport z Excela");
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Admin" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Admin" })).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Scheduled imports" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New scheduled import" }).ClickAsync();

        await page.GetByLabel("Name").FillAsync("Nocny eksport ze sklepu");
        await page.GetByLabel("Saved mapping").SelectOptionAsync(new SelectOptionValue { Label = "Eksport z Excela" });
        await page.GetByLabel("Inbox folder").FillAsync("sklep");
        await page.GetByRole(AriaRole.Button, new() { Name = "Every hour" }).ClickAsync();
        await Expect(page.Locator("#Cron")).ToHaveValueAsync(CronSchedule.Hourly);
        await Expect(page.GetByLabel("Add to list")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Default status")).ToBeHiddenAsync();
        await page.GetByLabel("Language of dates and numbers").SelectOptionAsync("pl");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "scheduled-import-form");
        await page.GetByTestId("save-schedule").ClickAsync();

        await Expect(page.GetByTestId("schedule-name")).ToContainTextAsync("Nocny eksport ze sklepu");
        await Expect(page.GetByTestId("no-files")).ToBeVisibleAsync();
        var scheduleId = await factory.WithDbAsync(db => db.ScheduledImports.Where(s => s.Name == "Nocny eksport ze sklepu").Select(s => s.Id).SingleAsync());
        Drop("sklep/klienci.csv", Encoding.UTF8.GetBytes("Imię;Nazwisko;E-mail\r\nŁucja;Żółkiewska;lucja@sklep.pl\r\nJan;Brzęczek;nie-email\r\n"), TimeSpan.FromMinutes(3));
        Drop("sklep/zdjecie.csv", [0x00, 0x01, 0x02, 0x03, 0xFF, 0xD8, 0x00, 0x00], TimeSpan.FromMinutes(2));
        await RunJobAsync(scheduleId);
        await page.ReloadAsync();

        var rows = page.Locator("[data-testid=files] tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("zdjecie.csv");
        await Expect(rows.Nth(0).GetByTestId("file-outcome")).ToHaveTextAsync("Moved to errors");
        await Expect(rows.Nth(1).GetByTestId("file-outcome")).ToHaveTextAsync("Imported");
        await Expect(rows.Nth(1)).ToContainTextAsync("1 created · 0 updated · 0 duplicates skipped · 1 failed");
        var importId = await factory.WithDbAsync(db => db.ScheduledImportFiles.Where(f => f.FileName == "klienci.csv").Select(f => f.ImportId).SingleAsync());
        await Expect(rows.Nth(1).GetByRole(AriaRole.Link, new() { Name = "klienci.csv" })).ToHaveAttributeAsync("href", $"/Imports/{importId}");
        Assert.True(File.Exists(Path.Combine(factory.InboxRoot, "archive", "klienci.csv")));
        Assert.True(File.Exists(Path.Combine(factory.InboxRoot, "errors", "zdjecie.csv")));
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "scheduled-import-runs");

        await page.GetByRole(AriaRole.Link, new() { Name = "Scheduled imports" }).First.ClickAsync();
        await Expect(page.Locator($"tr[data-schedule='{scheduleId}']")).ToContainTextAsync("Every hour");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "scheduled-imports");
    }

    private void Drop(string relativePath, byte[] content, TimeSpan age)
    {
        var path = Path.Combine(factory.InboxRoot, relativePath);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
    }

    private async Task RunJobAsync(int scheduleId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledImportJob>().RunAsync(scheduleId, CancellationToken.None);
    }

    private async Task AddMappingAsync(string name)
    {
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            db.SavedImportMappings.Add(new SavedImportMapping
            {
                Name = name,
                EntityType = ImportEntityType.Contact,
                UserId = adminId,
                Mapping = ImportJson.Write<List<SavedImportColumn>>(
                [
                    new("Imię", ImportTargetKind.Field, ImportFields.FirstName),
                    new("Nazwisko", ImportTargetKind.Field, ImportFields.LastName),
                    new("E-mail", ImportTargetKind.Field, ImportFields.Email),
                ]),
            });
            return await db.SaveChangesAsync();
        });
    }
}
