using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Leads;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.LeadList;

/// <summary>
/// The lead list as a sales team uses it: two statuses at once grouped by status, a column hidden,
/// the filter saved, two ticked leads moved on; then the duplicates page. Screenshots of the grouped
/// list, the column picker and the duplicates page.
/// </summary>
public sealed class LeadListJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task A_user_filters_two_statuses_groups_them_hides_a_column_saves_the_filter_and_moves_two_leads()
    {
        await SeedAsync();
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Leads", Exact = true }).First.ClickAsync();

        await page.GetByTestId("status-filter").ClickAsync();
        await page.GetByLabel("New", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("In progress", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Group by").SelectOptionAsync(new SelectOptionValue { Label = "Status" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        var groups = page.GetByTestId("group-row");
        await Expect(groups).ToHaveCountAsync(2);
        await Expect(groups.Nth(0)).ToContainTextAsync("New");
        await Expect(groups.Nth(0)).ToContainTextAsync("3 in this group");
        await Expect(groups.Nth(1)).ToContainTextAsync("In progress");
        await Expect(page.GetByTestId("status-filter")).ToContainTextAsync("New, In progress");
        Assert.Contains("Group=Status", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("table.lead-list")).Not.ToContainTextAsync("Oferta wysłana dla Rygi");
        await Screenshots.SaveAsync(page, "lead-list-grouped");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));

        await page.GetByTestId("columns-button").ClickAsync();
        await page.GetByTestId("column-picker").GetByLabel("Source").UncheckAsync();
        await Screenshots.SaveAsync(page, "lead-list-columns");
        if (!await page.GetByTestId("column-picker").IsVisibleAsync())
        {
            await page.GetByTestId("columns-button").ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Columns saved.");
        await Expect(page.Locator("th[data-column=source]")).ToHaveCountAsync(0);
        await Expect(page.Locator("th[data-column=status]")).ToHaveCountAsync(1);
        await Expect(groups).ToHaveCountAsync(2);

        await page.GetByTestId("save-filter-button").ClickAsync();
        await page.GetByLabel("Name of the filter").FillAsync("Nowe i w toku");
        await page.GetByTestId("save-filter").GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Filter “Nowe i w toku” saved.");
        await Expect(page.GetByTestId("saved-filter").GetByRole(AriaRole.Link, new() { Name = "Nowe i w toku" })).ToHaveAttributeAsync("aria-current", "true");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Żurawie wieżowe dla budowy w Łodzi" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Rusztowania dla szkoły" }).CheckAsync();
        await Expect(page.GetByTestId("bulk-bar")).ToContainTextAsync("Selected: 2");
        await page.GetByLabel("New status for the selected leads").SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
        await page.GetByTestId("bulk-move").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Leads moved to “In progress”: 2.");
        await Expect(groups).ToHaveCountAsync(2);
        await Expect(groups.Nth(0)).ToContainTextAsync("1 in this group");
        await Expect(groups.Nth(1)).ToContainTextAsync("4 in this group");
        var moved = page.Locator("table.lead-list tbody tr", new() { HasText = "Żurawie wieżowe dla budowy w Łodzi" });
        await Expect(moved.Locator(".lead-status-badge")).ToHaveTextAsync("In progress");

        await page.GetByTestId("find-duplicates").ClickAsync();
        var group = page.GetByTestId("duplicate-group").Filter(new() { HasText = "biuro@dzwigi-kaunas.example.lt" });
        await Expect(group.GetByTestId("group-lead")).ToHaveCountAsync(2);
        await Expect(group.GetByTestId("group-contact")).ToHaveCountAsync(2);
        await Expect(group.GetByTestId("merge-contacts")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "lead-duplicates");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
    }

    private Task<int> SeedAsync() => factory.WithDbAsync(async db =>
    {
        var statuses = await db.LeadStatuses.ToDictionaryAsync(s => s.ResourceKey ?? s.Name, s => s.Id);
        var sourceId = await db.LeadSources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var adminId = await db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync();
        (string Name, string? First, string? Last, string Company, string? Email, decimal Amount, string Status)[] rows =
        [
            ("Żurawie wieżowe dla budowy w Łodzi", "Łucja", "Żółkiewska", "Budimex-Łódź Spółka z ograniczoną odpowiedzialnością", "lucja.zolkiewska.zakupy@budimex-lodz.example.pl", 125000.50m, "LeadStatuses.New"),
            ("Rusztowania dla szkoły", "Jonas", "Petrauskas", "Szkoła Podstawowa nr 7", null, 8400m, "LeadStatuses.New"),
            ("Serwis dźwigów", "Rūta", "Kazlauskienė", "Dźwigi Kaunas UAB", "biuro@dzwigi-kaunas.example.lt", 3200m, "LeadStatuses.New"),
            ("Wynajem podnośnika", null, null, "Dźwigi Kaunas UAB", "BIURO@dzwigi-kaunas.example.lt", 1500m, "LeadStatuses.InProgress"),
            ("Przegląd roczny żurawi", "Иван", "Петров", "ООО Кран", null, 9900m, "LeadStatuses.InProgress"),
            ("Oferta wysłana dla Rygi", "Jānis", "Bērziņš", "Rīgas Celtnieks SIA", null, 45000m, "LeadStatuses.ProposalSent"),
        ];
        var rank = 0L;
        foreach (var row in rows)
        {
            var lead = new Lead
            {
                Name = row.Name,
                FirstName = row.First,
                LastName = row.Last,
                CompanyName = row.Company,
                Email = row.Email,
                EstimatedAmount = row.Amount,
                Currency = "PLN",
                StatusId = statuses[row.Status],
                SourceId = sourceId,
                ResponsibleUserId = adminId,
                KanbanRank = rank += 1000,
            };
            lead.RefreshDerivedFields();
            db.Leads.Add(lead);
        }

        foreach (var first in (List<string>)["Rūta", "Ruta"])
        {
            var contact = new Contact
            {
                Kind = ContactKind.Person,
                FirstName = first,
                LastName = "Kazlauskienė",
                CompanyName = "Dźwigi Kaunas UAB",
                ResponsibleUserId = adminId,
                Emails = [new ContactEmail { Address = "biuro@dzwigi-kaunas.example.lt", Normalized = "biuro@dzwigi-kaunas.example.lt" }],
            };
            contact.RefreshDerivedFields();
            db.Contacts.Add(contact);
        }

        return await db.SaveChangesAsync();
    });
}
