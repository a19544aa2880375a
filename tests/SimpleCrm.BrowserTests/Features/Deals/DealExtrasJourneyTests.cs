using Microsoft.Playwright;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.Deals;

/// <summary>
/// A deal with the admin's deal fields: filled in the form, shown on the card; deleted, then found in
/// Admin › Deleted deals and restored to its card, whose timeline says so and tells a field's edit. Its own server: the required
/// deal field would bind the other deal journeys' forms.
/// </summary>
public sealed class DealExtrasJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task An_admin_fills_a_deals_custom_fields_deletes_the_deal_and_restores_it_from_the_deleted_deals()
    {
        var contactId = await factory.WithDbAsync(async db =>
        {
            db.CustomFields.Add(new CustomField { RecordType = CustomFieldRecordType.Deal, Label = "Numer umowy", LabelKey = CustomField.KeyOf("Numer umowy"), Type = CustomFieldType.Text, IsRequired = true, Position = 1 });
            db.CustomFields.Add(new CustomField { RecordType = CustomFieldRecordType.Deal, Label = "Termin montażu", LabelKey = CustomField.KeyOf("Termin montażu"), Type = CustomFieldType.Date, Position = 2 });
            var contact = new Contact { Kind = ContactKind.Company, CompanyName = "Stolarka Okienna Łęczyca Sp. z o.o." };
            contact.RefreshDerivedFields();
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
        var page = await browser.NewPageAsync(factory.ServerAddress);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync($"/Contacts/{contactId}");

        await page.GetByTestId("new-deal").ClickAsync();
        var form = page.GetByTestId("deal-form");
        await Expect(form.GetByTestId("custom-fields")).ToContainTextAsync("Numer umowy");
        await page.GetByLabel("Label").FillAsync("Okna PCV – wymiana w hali");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(form.Locator("[data-custom-field='Numer umowy']")).ToContainTextAsync("This field is required.");
        await form.GetByLabel("Numer umowy").FillAsync("UM/2026/0147");
        await form.GetByLabel("Termin montażu").FillAsync("2026-12-14");
        await Screenshots.SaveAsync(page, "deal-form-custom-fields");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var values = page.GetByTestId("custom-field-values");
        await Expect(values.Locator("[data-custom-field='Numer umowy']")).ToHaveTextAsync("UM/2026/0147");
        await Expect(values.Locator("[data-custom-field='Termin montażu']")).ToHaveTextAsync("12/14/2026");
        await Screenshots.SaveAsync(page, "deal-card-custom-fields");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deal deleted.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Admin" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true })).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Deleted deals" }).ClickAsync();
        var deleted = page.GetByTestId("deleted-deal");
        await Expect(deleted).ToContainTextAsync("Okna PCV – wymiana w hali");
        await Screenshots.SaveAsync(page, "deals-deleted");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await deleted.GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deal restored.");
        await Expect(page.GetByTestId("deal-label")).ToHaveTextAsync("Okna PCV – wymiana w hali");
        await Expect(page.GetByTestId("timeline").Locator("li").Nth(0)).ToContainTextAsync("Restored");
        await Expect(page.GetByTestId("custom-field-values").Locator("[data-custom-field='Numer umowy']")).ToHaveTextAsync("UM/2026/0147");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Numer umowy").FillAsync("UM/2026/0148");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Numer umowy: UM/2026/0147 → UM/2026/0148");
        await Screenshots.SaveAsync(page, "deal-card-restored-and-edited");
    }
}
