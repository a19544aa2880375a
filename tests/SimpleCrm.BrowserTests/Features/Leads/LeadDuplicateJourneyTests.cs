using Microsoft.Playwright;
using SimpleCrm.Application.Contacts;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Leads;

/// <summary>A lead typed with a known contact's email: the hint as the field is left, the warning on save, then "save anyway".</summary>
public sealed class LeadDuplicateJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_user_is_warned_of_a_contact_with_the_same_email_and_saves_the_lead_anyway()
    {
        await factory.WithDbAsync(db =>
        {
            var contact = new Contact { Kind = ContactKind.Person, FirstName = "Małgorzata", LastName = "Wiśniewska-Dąbrowska", CompanyName = "Hurtownia Stali Śląsk" };
            contact.Emails.Add(new ContactEmail { Address = "m.wisniewska@stal-slask.example.pl", Normalized = "m.wisniewska@stal-slask.example.pl", Position = 0 });
            contact.RefreshDerivedFields();
            db.Contacts.Add(contact);
            return db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync("/Leads/New");

        await page.GetByLabel("Name").First.FillAsync("Blachy stalowe na hale magazynowe");
        await page.GetByLabel("Email").FillAsync("M.Wisniewska@stal-slask.example.pl");
        await page.GetByLabel("Phone").FocusAsync();
        var warning = page.GetByTestId("lead-duplicates");
        await Expect(warning).ToContainTextAsync("Małgorzata Wiśniewska-Dąbrowska");
        await Expect(warning.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(warning.GetByRole(AriaRole.Button, new() { Name = "Save anyway" })).ToBeVisibleAsync();
        await Expect(warning.GetByTestId("duplicate-reason")).ToHaveTextAsync("Same email");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Małgorzata Wiśniewska-Dąbrowska" })).ToHaveAttributeAsync("target", "_blank");
        await Screenshots.SaveAsync(page, "lead-duplicates");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await warning.GetByRole(AriaRole.Button, new() { Name = "Save anyway" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lead created.");
        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Blachy stalowe na hale magazynowe");
    }
}
