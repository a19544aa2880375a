using Microsoft.Playwright;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.AccessClasses;

/// <summary>An admin opens another rep's contact to a sales rep through an access class.</summary>
public sealed class AccessClassJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task Admin_creates_a_class_grants_it_to_a_rep_and_sets_it_on_a_contact_and_the_rep_then_finds_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var className = "Key accounts " + tag;
        var repEmail = $"holder-{tag}@test.local";
        await factory.CreateUserAsync(repEmail, Roles.SalesRep, "Holder " + tag);
        var ownerId = await factory.CreateUserAsync($"owner-{tag}@test.local", Roles.SalesRep, "Owner " + tag);
        var contactId = await factory.WithDbAsync(async db =>
        {
            var contact = new Contact { Kind = ContactKind.Person, FirstName = "Rūta", LastName = "Klasė" + tag, ResponsibleUserId = ownerId };
            contact.RefreshDerivedFields();
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
        var admin = await browser.NewPageAsync(factory.ServerAddress);
        await admin.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);

        await admin.GetByRole(AriaRole.Button, new() { Name = "Admin" }).Or(admin.GetByRole(AriaRole.Link, new() { Name = "Admin" })).First.ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Access classes" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "New access class" }).ClickAsync();
        await admin.GetByLabel("Name").FillAsync(className);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var card = admin.Locator($"[data-access-class='{className}']");
        await card.GetByLabel("Grant to a user").SelectOptionAsync(new SelectOptionValue { Label = "Holder " + tag });
        await card.Locator("form[action$='/Users'] button").ClickAsync();
        await Expect(admin.Locator($"[data-access-class='{className}'] [data-granted-user='Holder {tag}']")).ToBeVisibleAsync();
        await admin.GotoAsync($"/Contacts/{contactId}/Edit");
        await admin.GetByLabel("Access class").SelectOptionAsync(new SelectOptionValue { Label = className });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(admin.Locator("[data-access-class]")).ToHaveTextAsync(className);

        var rep = await browser.NewPageAsync(factory.ServerAddress);
        await rep.SignInAsync(repEmail, CrmWebFactory.Password);
        await rep.GotoAsync($"/Contacts?Search=Klasė{tag}");
        await rep.GetByRole(AriaRole.Link, new() { Name = $"Rūta Klasė{tag}" }).ClickAsync();

        await Expect(rep.GetByTestId("contact-name")).ToHaveTextAsync($"Rūta Klasė{tag}");
        await Expect(rep.Locator("[data-access-class]")).ToHaveTextAsync(className);
    }
}
