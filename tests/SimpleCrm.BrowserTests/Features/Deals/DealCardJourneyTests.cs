using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Deals;

/// <summary>A deal from a contact's profile to Won: created in the form, seen on the profile, edited on its card, won through the stage bar, its timeline telling each step.</summary>
public sealed partial class DealCardJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_user_creates_a_deal_from_a_profile_edits_its_value_and_wins_it_through_the_stage_bar()
    {
        var contactId = await factory.WithDbAsync(async db =>
        {
            // A second pipeline, so the form starts with the pipeline step.
            db.Pipelines.Add(new Pipeline { Name = "Serwis i przeglądy", NameKey = "serwis i przeglądy", Position = 50, Stages = PipelineDefaults.TemplateStages() });
            var contact = new Contact { Kind = ContactKind.Company, CompanyName = "Przedsiębiorstwo Budowlane Żuraw-Wilno Sp. z o.o." };
            contact.RefreshDerivedFields();
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync($"/Contacts/{contactId}");
        var deals = page.GetByTestId("contact-deals");
        await Expect(deals).ToContainTextAsync("No deals yet.");

        await deals.GetByTestId("new-deal").ClickAsync();
        await page.GetByLabel("Pipeline").SelectOptionAsync(new SelectOptionValue { Label = "Sales" });
        await Expect(page.GetByTestId("deal-form")).ToBeVisibleAsync();
        await page.GetByLabel("Label").FillAsync("Żurawie wieżowe – wynajem długoterminowy");
        await page.GetByLabel("Value").FillAsync("185000");
        await page.GetByLabel("Currency").FillAsync("EUR");
        await page.GetByLabel("Close by").FillAsync("2026-03-31");
        await Screenshots.SaveAsync(page, "deal-new-form");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByTestId("deal-label")).ToHaveTextAsync("Żurawie wieżowe – wynajem długoterminowy");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deal created.");
        await page.GetByTestId("deal-contact").ClickAsync();
        var listed = page.GetByTestId("contact-deal");
        await Expect(listed).ToContainTextAsync("Żurawie wieżowe – wynajem długoterminowy");
        await Expect(listed).ToContainTextAsync("New contact");
        await Expect(listed.GetByTestId("contact-deal-close-by")).ToHaveAttributeAsync("data-failing", "true");
        await Screenshots.SaveAsync(page, "deal-on-contact-profile");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await listed.GetByRole(AriaRole.Link, new() { Name = "Żurawie wieżowe – wynajem długoterminowy" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Value").FillAsync("192500.50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("deal-value")).ToContainTextAsync("192,500.50 EUR");

        var bar = page.GetByTestId("stage-bar");
        await bar.GetByRole(AriaRole.Button, new() { Name = "Lost" }).ClickAsync();
        await Expect(page.GetByTestId("lost-panel")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "deal-card-lost-reason");
        await bar.GetByRole(AriaRole.Button, new() { Name = "Won" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Stage changed.");
        await Expect(bar.Locator("[aria-current=true]")).ToHaveTextAsync("Won");
        await Expect(page.GetByTestId("deal-closed-at")).ToBeVisibleAsync();

        var timeline = page.GetByTestId("timeline").Locator("li");
        await Expect(timeline.Nth(0)).ToContainTextAsync("Stage: New contact → Won");
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Value: 185000 → 192500.5");
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Deal created (by hand)");
        Assert.Matches(StageChange(), await timeline.Nth(0).InnerTextAsync());
        await Screenshots.SaveAsync(page, "deal-card");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{4} .+ · ", RegexOptions.CultureInvariant)]
    private static partial Regex StageChange();
}
