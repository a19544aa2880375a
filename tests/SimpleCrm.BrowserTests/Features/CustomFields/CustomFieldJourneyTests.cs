using Microsoft.Playwright;
using SimpleCrm.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SimpleCrm.BrowserTests.Features.CustomFields;

/// <summary>
/// An admin adds a number field and a single-choice field for leads; a lead is filled with them, shows
/// them on its card, the lead list is filtered by both, then shows them as picked columns and sorts by one.
/// </summary>
public sealed class CustomFieldJourneyTests(BrowserFixture browser, BrowserCrmWebFactory factory)
    : IClassFixture<BrowserFixture>, IClassFixture<BrowserCrmWebFactory>
{
    [Fact]
    public async Task Admin_defines_lead_fields_a_lead_is_filled_with_them_and_the_list_filters_by_them()
    {
        var page = await browser.NewPageAsync(factory.ServerAddress);
        await page.SignInAsync(CrmWebFactory.AdminEmail, CrmWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Admin" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Admin" })).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Custom fields" }).ClickAsync();

        // A number field.
        await page.GetByTestId("new-field").ClickAsync();
        await page.GetByLabel("Label").FillAsync("Fleet size");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Number" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("tr[data-custom-field='Fleet size']")).ToBeVisibleAsync();

        // A single-choice field, with its options added on its page.
        await page.GetByTestId("new-field").ClickAsync();
        await page.GetByLabel("Label").FillAsync("Region");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Single choice list" });
        await page.GetByLabel("Required").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        foreach (var option in new[] { "North", "South", "Mazowieckie & Łódzkie" })
        {
            await page.Locator("#new-option").FillAsync(option);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add option" }).ClickAsync();
        }

        await Expect(page.Locator("tr[data-option]")).ToHaveCountAsync(3);
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-field-options");
        await page.GotoAsync("/Admin/CustomFields");
        await Expect(page.Locator("tr[data-custom-field]")).ToHaveCountAsync(2);
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-fields");

        // A lead filled with both; the required one is asked for first.
        await page.GotoAsync("/Leads/New");
        await page.Locator("#Input_Name").FillAsync("Forklifts for Kowalski Logistics");
        await page.GetByLabel("Fleet size").FillAsync("42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("[data-custom-field='Region'] .field-validation-error")).ToHaveTextAsync("This field is required.");
        await page.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "North" });
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-fields-lead-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Forklifts for Kowalski Logistics");
        await Expect(page.Locator("dd[data-custom-field='Fleet size']")).ToHaveTextAsync("42");
        await Expect(page.Locator("dd[data-custom-field='Region']")).ToHaveTextAsync("North");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-fields-lead-card");

        // Another lead that the filter leaves out.
        await page.GotoAsync("/Leads/New");
        await page.Locator("#Input_Name").FillAsync("Pallets for a small shop");
        await page.GetByLabel("Fleet size").FillAsync("2");
        await page.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "South" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Pallets for a small shop");

        await page.GotoAsync("/Leads");
        await page.Locator("details[data-testid=custom-field-filters] > summary").ClickAsync();
        var filters = page.GetByTestId("custom-field-filters");
        await filters.GetByLabel("Fleet size from").FillAsync("10");
        await filters.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "North" });
        await page.GetByTestId("lead-filters").GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Expect(page.Locator("table.lead-list tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table.lead-list tbody")).ToContainTextAsync("Forklifts for Kowalski Logistics");
        Assert.Contains("Custom%5B0%5D.Min=10", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await Expect(page.Locator("table.lead-list tbody tr")).ToHaveCountAsync(1);
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-fields-lead-list");

        // A lead without a fleet size: the sort puts it last both ways.
        await page.GotoAsync("/Leads/New");
        await page.Locator("#Input_Name").FillAsync("Shelving, size unknown");
        await page.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "Mazowieckie & Łódzkie" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("lead-name")).ToHaveTextAsync("Shelving, size unknown");

        // Both fields picked as columns of the list, then sorted by the fleet size's header.
        await page.GotoAsync("/Leads");
        await page.GetByTestId("columns-button").ClickAsync();
        var picker = page.GetByTestId("column-picker");
        await picker.GetByLabel("Fleet size").CheckAsync();
        await picker.GetByLabel("Region").CheckAsync();
        await picker.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var fleetHeader = page.Locator("table.lead-list th[data-column] a", new() { HasText = "Fleet size" });
        await Expect(fleetHeader).ToBeVisibleAsync();
        await Expect(page.Locator("table.lead-list th[data-column]", new() { HasText = "Region" })).ToBeVisibleAsync();

        await fleetHeader.ClickAsync();
        await Expect(fleetHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        Assert.Contains("Sort=Custom", page.Url, StringComparison.Ordinal);
        Assert.Equal(["Pallets for a small shop", "Forklifts for Kowalski Logistics", "Shelving, size unknown"], await OurLeadsAsync(page));
        await Expect(page.Locator("table.lead-list tbody tr", new() { HasText = "Forklifts for Kowalski Logistics" })).ToContainTextAsync("North");
        await fleetHeader.ClickAsync();
        await Expect(fleetHeader).ToHaveAttributeAsync("aria-sort", "descending");
        Assert.Equal(["Forklifts for Kowalski Logistics", "Pallets for a small shop", "Shelving, size unknown"], await OurLeadsAsync(page));
        await page.ReloadAsync();
        await Expect(fleetHeader).ToHaveAttributeAsync("aria-sort", "descending");
        Assert.Equal(0, await Screenshots.PhoneOverflowAsync(page));
        await Screenshots.SaveAsync(page, "custom-fields-lead-columns");
    }

    /// <summary>The names of this journey's leads in the order the list shows them.</summary>
    private static async Task<List<string>> OurLeadsAsync(IPage page)
    {
        string[] ours = ["Forklifts for Kowalski Logistics", "Pallets for a small shop", "Shelving, size unknown"];
        var names = await page.Locator("table.lead-list td.name-cell > a").AllTextContentsAsync();
        return [.. names.Select(n => n.Trim()).Where(ours.Contains)];
    }
}
