using System.Text;
using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.CustomFields;

/// <summary>An admin adds a file field for leads; a lead is created with a PDF in it and its card links the file for download.</summary>
public sealed class CustomFieldFileJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_pdf_uploaded_into_a_file_field_of_a_new_lead_is_linked_on_its_card()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Admin/CustomFields");
        await page.GetByTestId("new-field").ClickAsync();
        await page.GetByLabel("Label").FillAsync("Signed contract");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "File" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("tr[data-custom-field='Signed contract']")).ToBeVisibleAsync();

        await page.GotoAsync("/Leads/New");
        await page.Locator("#Input_Name").FillAsync("Forklift lease for Nowak Logistics");
        await page.GetByLabel("Signed contract").SetInputFilesAsync(new FilePayload { Name = "Umowa leasingowa Łódź.pdf", MimeType = "application/pdf", Buffer = Pdf });
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-field-file-lead-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Forklift lease for Nowak Logistics");
        var link = page.Locator("dd[data-custom-field='Signed contract'] a[data-testid=custom-field-file]");
        await Expect(link).ToHaveTextAsync("Umowa leasingowa Łódź.pdf");
        await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/Files/\d+$"));
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("Umowa leasingowa Łódź.pdf", download.SuggestedFilename);
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-field-file-lead-card");

        // Editing shows the current file, and a file of the wrong kind comes back with its message.
        await page.GotoAsync(page.Url + "/Edit");
        await Expect(page.Locator("[data-custom-field='Signed contract'] [data-testid=current-file]")).ToContainTextAsync("Umowa leasingowa Łódź.pdf");
        await page.GetByLabel("Signed contract").SetInputFilesAsync(new FilePayload { Name = "setup.pdf", MimeType = "application/pdf", Buffer = [0x4D, 0x5A, 0x90, 0x00] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("[data-custom-field='Signed contract'] .field-validation-error")).ToContainTextAsync("content");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-field-file-refused");
    }
}
