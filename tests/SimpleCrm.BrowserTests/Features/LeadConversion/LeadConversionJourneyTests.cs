using Microsoft.Playwright;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.LeadConversion;

/// <summary>
/// A lead from a fair becomes a client: a note written on its card, Convert to client, then the new
/// contact's profile lists the lead and holds its note.
/// </summary>
public sealed class LeadConversionJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_user_converts_a_lead_and_lands_on_the_new_contact_which_lists_the_lead()
    {
        var leadId = await factory.WithDbAsync(async db =>
        {
            // Someone typed him in before with the same phone: the page offers that contact instead.
            var known = new Contact { Kind = ContactKind.Person, FirstName = "G.", LastName = "Brzęczyszczykiewicz" };
            known.Phones.Add(new ContactPhone { Number = "601 234 567", E164 = "+48601234567", Position = 0 });
            known.RefreshDerivedFields();
            db.Contacts.Add(known);
            var lead = new Lead
            {
                Name = "Regały magazynowe dla centrum dystrybucyjnego",
                FirstName = "Grzegorz",
                LastName = "Brzęczyszczykiewicz",
                CompanyName = "Przedsiębiorstwo Handlowo-Usługowe Łęczyca",
                CompanyCode = "PL 775-000-12-34",
                Email = "g.brzeczyszczykiewicz@phu-leczyca.example.pl",
                Phone = "+48 601 234 567",
                Website = "www.phu-leczyca.example.pl",
                Street = "ul. Ozorkowska 12",
                PostalCode = "99-100",
                City = "Łęczyca",
                Country = "Polska",
                EstimatedAmount = 48500m,
                Currency = "PLN",
                StatusId = db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Open).OrderBy(s => s.Position).Select(s => s.Id).First(),
                SourceId = db.LeadSources.OrderBy(s => s.Position).Select(s => s.Id).First(),
            };
            lead.RefreshDerivedFields();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return lead.Id;
        });
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GotoAsync($"/Leads/{leadId}?tab=notes");
        await page.GetByPlaceholder("Write a note").FillAsync("Targi Warszawa: chce 40 regałów, oddzwonić po 15 listopada.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Note added.");

        await page.GetByTestId("convert-lead").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Regały magazynowe");
        await Expect(page.GetByLabel("A person and their company")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Brzęczyszczykiewicz");
        await Expect(page.GetByLabel("About")).ToHaveValueAsync("Company ID / VAT number: PL 775-000-12-34");
        var existing = page.GetByTestId("existing-contacts");
        await Expect(existing).ToContainTextAsync("G. Brzęczyszczykiewicz");
        await Expect(existing).ToContainTextAsync("Same phone");
        await Screenshots.SaveAsync(page, "lead-conversion");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        // A company alone: the person's fields step aside.
        await page.GetByLabel("A company", new() { Exact = true }).CheckAsync();
        await Expect(page.GetByLabel("Last name")).ToBeHiddenAsync();
        await page.GetByLabel("A person and their company").CheckAsync();
        await Expect(page.GetByLabel("Last name")).ToBeVisibleAsync();

        await page.GetByTestId("convert").ClickAsync();

        await Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Grzegorz Brzęczyszczykiewicz");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The lead was converted into a client.");
        var leads = page.GetByTestId("contact-leads");
        await Expect(leads.GetByRole(AriaRole.Link, new() { Name = "Regały magazynowe dla centrum dystrybucyjnego" })).ToHaveAttributeAsync("href", $"/Leads/{leadId}");
        await Expect(leads).ToContainTextAsync("Converted");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Przedsiębiorstwo Handlowo-Usługowe Łęczyca" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("history")).ToContainTextAsync("Created from the lead Regały magazynowe dla centrum dystrybucyjnego");
        await Expect(page.GetByTestId("history-lead").First).ToContainTextAsync("Regały magazynowe dla centrum dystrybucyjnego");

        // The note written on the lead moved with it to the client.
        await Expect(page.GetByTestId("note")).ToContainTextAsync("Targi Warszawa: chce 40 regałów, oddzwonić po 15 listopada.");
        await Screenshots.SaveAsync(page, "lead-conversion-contact");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        // Moved, not copied: the lead's own notes tab is empty now.
        await page.GotoAsync($"/Leads/{leadId}?tab=notes");
        await Expect(page.GetByTestId("note")).ToHaveCountAsync(0);
    }
}
