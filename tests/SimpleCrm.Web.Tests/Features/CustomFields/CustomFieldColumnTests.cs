using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadBoard;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.CustomFields;

/// <summary>Custom fields as columns of the lead list over HTTP: the picker, the values in the user's culture, the sort links, the visibility rule.</summary>
public sealed class CustomFieldColumnTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Picker = "form[data-testid=column-picker]";

    [Fact]
    public async Task The_picker_offers_active_lead_fields_and_a_chosen_column_shows_each_leads_value_in_the_users_culture()
    {
        var tag = LeadBoardScene.NewTag();
        var fleet = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.Number, "Flota " + tag);
        var visit = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.Date, "Wizyta " + tag);
        var (fairs, options) = await factory.ChoiceAsync(CustomFieldRecordType.Lead, CustomFieldType.MultiChoice, "Targi " + tag, "Poznań", "Kielce");
        var archived = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.Text, "Stare " + tag);
        var file = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.File, "Plik " + tag);
        var contactField = await factory.FieldAsync(CustomFieldRecordType.Contact, CustomFieldType.Text, "Kontakt " + tag);
        var client = await ManagerAsync(tag);
        var filled = await client.LeadWithAsync("Pełny " + tag, (fleet, "12500.5"), (visit, "2026-03-01"), (fairs, Id(options[1])), (fairs, Id(options[0])), (archived, "x"));
        var empty = await client.LeadWithAsync("Pusty " + tag);
        await factory.WithDbAsync(db => db.CustomFields.Where(f => f.Id == archived).ExecuteUpdateAsync(u => u.SetProperty(f => f.IsArchived, true)));
        var list = await client.GetDocumentAsync($"/Leads?Search={tag}");
        var offered = list.QuerySelectorAll($"{Picker} input[name=columns]").Select(i => i.GetAttribute("value")).ToList();

        using var saved = await client.SubmitAsync(list, Picker, new Dictionary<string, string?> { ["columns"] = null },
            [new("columns", "status"), new("columns", Key(fleet)), new("columns", Key(visit)), new("columns", Key(fairs)), new("columns", Key(archived))]);
        using var polish = await client.SwitchLanguageAsync("pl");
        var after = await client.GetDocumentAsync($"/Leads?Search={tag}&Sort=Name&Descending=false");

        Assert.Contains(Key(fleet), offered);
        Assert.Contains(Key(fairs), offered);
        Assert.DoesNotContain(Key(archived), offered);
        Assert.Contains(Key(file), offered); // a file field is a column too: it shows the file's name
        Assert.DoesNotContain(Key(contactField), offered);
        Assert.Null(list.QuerySelector($"th[data-column={Key(fleet)}]"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["name", "status", Key(fleet), Key(visit), Key(fairs)], after.QuerySelectorAll("th[data-column]").Select(th => th.GetAttribute("data-column")));
        Assert.Equal("Flota " + tag, after.QuerySelector($"th[data-column={Key(fleet)}]")?.TextContent.Trim());
        Assert.Equal([$"/Leads/{filled}", $"/Leads/{empty}"], after.RowLinks());
        var pl = new CultureInfo("pl");
        Assert.Equal([12500.5m.ToString("#,0.####", pl), new DateTime(2026, 3, 1).ToString("d", pl), "Poznań, Kielce"], Cells(after, filled));
        Assert.Equal(["", "", ""], Cells(after, empty));
        // On a phone the columns fold under the name, as the built-in ones do.
        Assert.Equal("Targi " + tag + ": Poznań, Kielce", after.QuerySelector($"td.name-cell [data-custom-column={Key(fairs)}]")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_custom_field_header_sorts_by_its_value_both_ways_with_empty_leads_last_and_the_filters_keep_the_sort()
    {
        var tag = LeadBoardScene.NewTag();
        var fleet = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.Number, "Flota " + tag);
        var client = await ManagerAsync(tag);
        var big = await client.LeadWithAsync("A duża " + tag, (fleet, "120"));
        var none = await client.LeadWithAsync("B brak " + tag);
        var small = await client.LeadWithAsync("C mała " + tag, (fleet, "3"));
        var list = await client.GetDocumentAsync($"/Leads?Search={tag}");
        using var saved = await client.SubmitAsync(list, Picker, extra: [new("columns", Key(fleet))]);
        list = await client.GetDocumentAsync($"/Leads?Search={tag}");

        var link = list.QuerySelector($"th[data-column={Key(fleet)}] a")!.GetAttribute("href")!;
        var ascending = await client.GetDocumentAsync(link);
        var descending = await client.GetDocumentAsync(ascending.QuerySelector($"th[data-column={Key(fleet)}] a")!.GetAttribute("href")!);

        Assert.Contains($"Sort=Custom&SortFieldId={fleet}", link, StringComparison.Ordinal);
        Assert.Contains("Descending=false", link, StringComparison.Ordinal);
        Assert.Equal(new[] { small, big, none }.Select(id => $"/Leads/{id}"), ascending.RowLinks());
        Assert.Equal("ascending", ascending.QuerySelector($"th[data-column={Key(fleet)}] a")?.GetAttribute("aria-sort"));
        Assert.Equal("none", ascending.QuerySelector("th[data-column=name] a")?.GetAttribute("aria-sort"));
        Assert.Equal(new[] { big, small, none }.Select(id => $"/Leads/{id}"), descending.RowLinks());
        Assert.Equal("Custom", descending.QuerySelector("select[name=Sort] option[selected]")?.GetAttribute("value"));
        Assert.Equal(Id(fleet), descending.QuerySelector("form[data-testid=lead-filters] input[name=SortFieldId]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_sort_by_an_unknown_or_archived_field_in_the_url_shows_the_default_order_and_no_error()
    {
        var tag = LeadBoardScene.NewTag();
        var gone = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.Number, "Znikło " + tag);
        var client = await ManagerAsync(tag);
        var older = await client.LeadWithAsync("Starszy " + tag, (gone, "1"));
        var newer = await client.LeadWithAsync("Nowszy " + tag, (gone, "2"));
        await factory.WithDbAsync(db => db.CustomFields.Where(f => f.Id == gone).ExecuteUpdateAsync(u => u.SetProperty(f => f.IsArchived, true)));

        foreach (var url in new[] { $"/Leads?Search={tag}&Sort=Custom&SortFieldId={gone}&Descending=false", $"/Leads?Search={tag}&Sort=Custom&SortFieldId=987654", $"/Leads?Search={tag}&Sort=Custom" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var page = await client.GetDocumentAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([$"/Leads/{newer}", $"/Leads/{older}"], page.RowLinks());
            Assert.Equal("Created", page.QuerySelector("select[name=Sort] option[selected]")?.GetAttribute("value"));
            Assert.Null(page.QuerySelector("form[data-testid=lead-filters] input[name=SortFieldId]"));
        }
    }

    [Fact]
    public async Task A_sales_rep_sorting_by_a_custom_column_sees_only_their_own_leads_and_values()
    {
        var tag = LeadBoardScene.NewTag();
        var code = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.Text, "Kod " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        await admin.LeadWithAsync("Cudzy " + tag, (code, "SEKRET-" + tag));
        var email = $"rep-{tag}@columns.test";
        await factory.CreateUserAsync(email, Roles.SalesRep);
        var rep = await factory.SignedInClientAsync(email);
        var mine = await rep.LeadWithAsync("Mój " + tag, (code, "jawny-" + tag));
        var list = await rep.GetDocumentAsync($"/Leads?Search={tag}");
        using var saved = await rep.SubmitAsync(list, Picker, extra: [new("columns", Key(code))]);

        var sorted = await rep.GetDocumentAsync($"/Leads?Search={tag}&Sort=Custom&SortFieldId={code}&Descending=false");
        var everyone = await rep.GetDocumentAsync($"/Leads?Sort=Custom&SortFieldId={code}&Descending=false&IncludeClosed=true");

        Assert.Equal([$"/Leads/{mine}"], sorted.RowLinks());
        Assert.Equal(["jawny-" + tag], Cells(sorted, mine));
        Assert.DoesNotContain("SEKRET-" + tag, everyone.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Cudzy " + tag, everyone.Body!.TextContent, StringComparison.Ordinal);
    }

    private static string Key(int fieldId) => "field-" + Id(fieldId);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The custom field cells of a lead's row, in column order.</summary>
    private static List<string> Cells(AngleSharp.Dom.IDocument list, int leadId)
    {
        var row = list.QuerySelectorAll("table.lead-list tbody tr").Single(tr => tr.QuerySelector($"td.name-cell > a[href='/Leads/{leadId}']") is not null);
        var columns = list.QuerySelectorAll("th[data-column]").Select(th => th.GetAttribute("data-column")!).ToList();
        var cells = row.QuerySelectorAll("td").Skip(1).ToList();
        return [.. columns.Select((key, i) => (key, cell: cells[i])).Where(c => c.key.StartsWith("field-", StringComparison.Ordinal)).Select(c => c.cell.TextContent.Trim())];
    }

    private async Task<HttpClient> ManagerAsync(string tag)
    {
        var email = $"{tag}@custom-columns.test";
        await factory.CreateUserAsync(email, Roles.Manager);
        return await factory.SignedInClientAsync(email);
    }
}
