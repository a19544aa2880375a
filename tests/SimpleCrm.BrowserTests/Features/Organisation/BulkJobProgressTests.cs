using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Contacts;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Organisation;

/// <summary>A bulk action over more than a thousand contacts in a real browser: the progress page polls until the result shows.</summary>
public sealed class BulkJobProgressTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task The_progress_page_of_a_background_job_updates_itself_to_the_result_without_a_reload()
    {
        await factory.WithDbAsync(async db =>
        {
            db.Contacts.AddRange(Enumerable.Range(1, BulkContactActions.InlineLimit + 200).Select(i =>
            {
                var contact = new Contact { Kind = ContactKind.Person, FirstName = $"Masowy{i}", LastName = "Tłowy", Version = Guid.NewGuid() };
                contact.RefreshDerivedFields();
                return contact;
            }));
            return await db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Contacts?Search=tlowy");

        await page.GetByTestId("bulk-matching").ClickAsync();
        await Expect(page.GetByTestId("bulk-target")).ToContainTextAsync("background");
        await page.GetByLabel("Action").SelectOptionAsync("AddTags");
        await page.GetByLabel("Tags").FillAsync("Kampania zimowa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByTestId("bulk-progress")).ToHaveAttributeAsync("data-status", "Queued");
        await Screenshots.SaveAsync(page, "bulk-job-queued");

        // The test host runs no Hangfire server: the job runs here, as a worker would run it.
        var jobId = Guid.Parse(page.Url.Split('/')[^1]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BulkJobRunner>().RunAsync(jobId, CancellationToken.None);
        }

        await Expect(page.GetByTestId("bulk-progress")).ToHaveAttributeAsync("data-status", "Succeeded");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Done: 1,200 of 1,200 contacts changed.");
        await Expect(page.Locator("[data-percent]")).ToHaveTextAsync("100 %");
        await Screenshots.SaveAsync(page, "bulk-job-done");
    }
}
