using System.Text;
using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.LeadCard;

/// <summary>The lead card's related records in a real browser: a contact person, a note and a PDF, each in its tab and on the timeline.</summary>
public sealed class LeadCardJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_user_adds_a_contact_person_a_note_and_a_pdf_and_finds_them_in_their_tabs_and_on_the_timeline()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Leads/New");
        await page.GetByLabel("Name").First.FillAsync("Dostawa żurawi wieżowych dla budowy osiedla w Wilnie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Dostawa żurawi wieżowych dla budowy osiedla w Wilnie");
        var tabs = page.GetByTestId("lead-tabs");

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Contact persons" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("tab=people"));
        var person = page.Locator("form[data-person-form]");
        await person.GetByLabel("Name").FillAsync("Agnė Kazlauskienė-Žemaitienė");
        await person.GetByLabel("Role").FillAsync("Dyrektorė pirkimų");
        await person.GetByLabel("Email").FillAsync("agne.kazlauskiene-zemaitiene@statyba-vilnius.example.lt");
        await person.GetByLabel("Phone").FillAsync("+370 612 34567");
        await person.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contact person added.");
        await Expect(page.GetByTestId("person")).ToContainTextAsync("Agnė Kazlauskienė-Žemaitienė");
        await Expect(page.GetByTestId("person").GetByRole(AriaRole.Link, new() { Name = "+370 612 34567" })).ToHaveAttributeAsync("href", "tel:+37061234567");
        await Screenshots.SaveAsync(page, "lead-card-people");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Notes" }).ClickAsync();
        await page.GetByPlaceholder("Write a note").FillAsync("Klientė prašo pasiūlymo iki penktadienio.\nZadzwonić w poniedziałek po 15:00.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Note added.");
        await Expect(page.GetByTestId("note")).ToContainTextAsync("Zadzwonić w poniedziałek po 15:00.");
        await Screenshots.SaveAsync(page, "lead-card-notes");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Files" }).ClickAsync();
        await page.Locator("form[data-file-upload] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "Oferta żurawie Wilno 2026.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("File uploaded.");
        var file = page.GetByTestId("file").GetByRole(AriaRole.Link, new() { Name = "Oferta żurawie Wilno 2026.pdf" });
        await Expect(file).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.Equal("Oferta żurawie Wilno 2026.pdf", download.SuggestedFilename);
        await Screenshots.SaveAsync(page, "lead-card-files");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        var timeline = page.GetByTestId("timeline");
        await Expect(timeline.Locator("li").Nth(0)).ToContainTextAsync("File uploaded: Oferta żurawie Wilno 2026.pdf");
        await Expect(timeline.Locator("li").Nth(1)).ToContainTextAsync("Note: Klientė prašo pasiūlymo iki penktadienio. Zadzwonić");
        await Expect(timeline).ToContainTextAsync("Administrator");
        await Screenshots.SaveAsync(page, "lead-card-timeline");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Proforma invoices" }).ClickAsync();
        await Expect(page.GetByTestId("comes-later")).ToHaveTextAsync("This comes with a later version of SimpleCrm.");
    }
}
