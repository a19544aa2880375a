using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.AddClients;

/// <summary>In a real browser: a rep adds the members of two overlapping lists to a pipeline and each person gets one deal.</summary>
public sealed class AddClientsJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_rep_adds_two_lists_with_overlapping_members_and_each_contact_gets_one_deal()
    {
        var email = $"add-clients-rep-{Guid.NewGuid():N}@test.local";
        var rep = await factory.CreateUserAsync(email, Roles.SalesRep, "Katarzyna Nowak");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (pipeline, stage) = await AddPipelineAsync("Sprzedaż licencji " + suffix);
        var anna = await AddContactAsync("Anna", "Kowalska", rep, "anna.kowalska@firma.pl");
        var piotr = await AddContactAsync("Piotr", "Wiśniewski", rep, "piotr@wisniewski.pl");
        var marta = await AddContactAsync("Marta", "Zielińska", rep, "marta@zielinska.pl");
        // Anna entered a second time under another contact: the same person by email.
        var annaAgain = await AddContactAsync("Anna", "Kowalska-Nowa", rep, " Anna.Kowalska@FIRMA.pl");
        var fair = await AddListAsync("Targi Poznań " + suffix, anna, piotr);
        var webinar = await AddListAsync("Webinar styczeń " + suffix, piotr, marta, annaAgain);

        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(email, CrmWebFactory.Password);
        await page.GotoAsync($"/Pipelines/{pipeline}/AddClients");
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Targi Poznań " + suffix)).CheckAsync();
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Webinar styczeń " + suffix)).CheckAsync();
        await Screenshots.SaveAsync(page, "add-clients-1-choose");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByTestId("add-clients-next").ClickAsync();

        await Expect(page.GetByTestId("add-clients-matched")).ToContainTextAsync("4 contacts match");
        await Expect(page.GetByTestId("add-clients-candidates").Locator("li")).ToHaveCountAsync(3);
        await Expect(page.GetByLabel("Add all 3 contacts")).ToBeCheckedAsync();
        await Screenshots.SaveAsync(page, "add-clients-2-contacts");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByTestId("add-clients-next").ClickAsync();

        await page.GetByLabel("Label").FillAsync("Licencja roczna");
        await page.GetByLabel("Stage").SelectOptionAsync(new SelectOptionValue { Label = "Oferta" });
        await page.GetByLabel("Value").FillAsync("1200");
        await page.GetByLabel("Currency").FillAsync("PLN");
        await Screenshots.SaveAsync(page, "add-clients-3-deal");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByTestId("add-clients-next").ClickAsync();

        var summary = page.GetByTestId("add-clients-summary");
        await Expect(summary.Locator("tr[data-count=matched] td")).ToHaveTextAsync("4");
        await Expect(summary.Locator("tr[data-count=duplicates] td")).ToHaveTextAsync("1");
        await Expect(summary.Locator("tr[data-count=to-add] td")).ToHaveTextAsync("3");
        await Screenshots.SaveAsync(page, "add-clients-4-summary");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await page.GetByTestId("add-clients-add").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Pipelines/{pipeline}$"));
        var deals = await factory.WithDbAsync(db => db.Deals.AsNoTracking().Where(d => d.PipelineId == pipeline)
            .Select(d => new { d.ContactId, d.StageId, d.Label }).ToListAsync());
        Assert.Equal([anna, piotr, marta], deals.Select(d => d.ContactId).Order());
        Assert.All(deals, d => Assert.Equal((stage, "Licencja roczna"), (d.StageId, d.Label)));
    }

    private Task<(int Pipeline, int Offer)> AddPipelineAsync(string name) =>
        factory.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = name, NameKey = name.ToLowerInvariant(), Position = 50 };
            pipeline.Stages.Add(new Stage { Name = "Kontakt", Position = 0, Kind = StageKind.Open, Color = "#0d6efd" });
            pipeline.Stages.Add(new Stage { Name = "Oferta", Position = 1, Kind = StageKind.Open, Color = "#fd7e14" });
            pipeline.Stages.Add(new Stage { Name = "Wygrana", Position = 2, Kind = StageKind.Won, Color = "#198754" });
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync();
            return (pipeline.Id, pipeline.Stages.Single(s => s.Name == "Oferta").Id);
        });

    private Task<int> AddContactAsync(string first, string last, string owner, string address) =>
        factory.WithDbAsync(async db =>
        {
            var contact = new Contact { Kind = ContactKind.Person, FirstName = first, LastName = last, ResponsibleUserId = owner, Version = Guid.NewGuid() };
            contact.Emails.Add(new ContactEmail { Address = address.Trim(), Normalized = address.Trim().ToLowerInvariant() });
            contact.RefreshDerivedFields();
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    private Task<int> AddListAsync(string name, params int[] contactIds) =>
        factory.WithDbAsync(async db =>
        {
            var list = new ContactList { Name = name, NameKey = name.ToLowerInvariant() };
            db.ContactLists.Add(list);
            await db.SaveChangesAsync();
            db.ContactListMembers.AddRange(contactIds.Select(id => new ContactListMember { ListId = list.Id, ContactId = id }));
            await db.SaveChangesAsync();
            return list.Id;
        });
}
