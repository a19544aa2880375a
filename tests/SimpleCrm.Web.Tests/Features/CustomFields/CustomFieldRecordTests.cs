using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Contacts;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;
using static SimpleCrm.Web.Tests.Features.CustomFields.CustomFieldScene;

namespace SimpleCrm.Web.Tests.Features.CustomFields;

/// <summary>Custom fields on the lead and contact forms, cards and list filters, over HTTP.</summary>
public sealed class CustomFieldRecordTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_lead_form_saves_its_fields_and_the_card_shows_them_in_the_users_language()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var budget = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.Money, "Budżet " + tag);
        var (fair, options) = await factory.ChoiceAsync(CustomFieldRecordType.Lead, "Targi " + tag, "Poznań", "Kielce");
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var switched = await client.SwitchLanguageAsync("pl");
        var form = await client.GetDocumentAsync("/Leads/New");
        var budgetIndex = IndexOf(form, budget);
        var fairIndex = IndexOf(form, fair);

        using var created = await client.SubmitAsync(form, LeadForms.Selector, new Dictionary<string, string?>
        {
            ["Input.Name"] = "Wózki " + tag,
            [$"Input.CustomFields[{budgetIndex}].Values"] = "12 500,5",
            [$"Input.CustomFields[{budgetIndex}].Currency"] = "pln",
            [$"Input.CustomFields[{fairIndex}].Values"] = options[1].ToString(CultureInfo.InvariantCulture),
        });

        var id = created.CardId();
        var card = await client.GetDocumentAsync($"/Leads/{id}");
        Assert.Equal(12500.5m.ToString("N2", new CultureInfo("pl")) + " PLN", card.QuerySelector($"[data-custom-field='Budżet {tag}']")?.TextContent.Trim());
        Assert.Equal("Kielce", card.QuerySelector($"[data-custom-field='Targi {tag}']")?.TextContent.Trim());
        var edit = await client.GetDocumentAsync($"/Leads/{id}/Edit");
        Assert.Equal("12500,5", edit.QuerySelector($"input[name='Input.CustomFields[{IndexOf(edit, budget)}].Values']")?.GetAttribute("value"));
        Assert.Equal(options[1].ToString(CultureInfo.InvariantCulture), edit.QuerySelector($"select[name='Input.CustomFields[{IndexOf(edit, fair)}].Values'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_required_contact_field_is_marked_and_left_empty_is_refused_next_to_it_saving_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var nip = await factory.FieldAsync(CustomFieldRecordType.Contact, CustomFieldType.Text, "Numer klienta " + tag, required: true);
        try
        {
            var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
            var form = await client.GetDocumentAsync("/Contacts/New?kind=Person");

            using var refused = await client.SubmitAsync(form, ContactForms.Selector, new Dictionary<string, string?> { ["Input.LastName"] = "Bez" + tag });
            var page = await refused.ToDocumentAsync();
            using var saved = await client.SubmitAsync(page, ContactForms.Selector, new Dictionary<string, string?>
            {
                [$"Input.CustomFields[{IndexOf(page, nip)}].Values"] = "K-" + tag,
            });

            Assert.NotNull(form.QuerySelector($"[data-custom-field='Numer klienta {tag}'] .required-mark"));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(ResourceFile.English(Messages.Required), page.ValidationMessageFor("Input." + CustomFieldEntry.ErrorKey(nip)));
            var id = saved.ProfileId();
            var profile = await client.GetDocumentAsync($"/Contacts/{id}");
            Assert.Equal("K-" + tag, profile.QuerySelector($"[data-custom-field='Numer klienta {tag}']")?.TextContent.Trim());
            Assert.Equal(1, await factory.WithDbAsync(db => db.Contacts.CountAsync(c => c.LastName == "Bez" + tag)));
        }
        finally
        {
            await factory.WithDbAsync(db => db.CustomFields.Where(f => f.Id == nip).ExecuteUpdateAsync(u => u.SetProperty(f => f.IsArchived, true)));
        }
    }

    [Fact]
    public async Task A_lead_form_posting_a_contact_field_or_an_unknown_field_changes_nothing_of_them()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var contactField = await factory.FieldAsync(CustomFieldRecordType.Contact, CustomFieldType.Text, "Contact only " + tag);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await client.GetDocumentAsync("/Leads/New");

        using var created = await client.SubmitAsync(form, LeadForms.Selector, new Dictionary<string, string?> { ["Input.Name"] = "Overpost " + tag }, extra:
        [
            new("Input.CustomFields[90].FieldId", contactField.ToString(CultureInfo.InvariantCulture)), new("Input.CustomFields[90].Values", "sneaky"),
            new("Input.CustomFields[91].FieldId", "987654"), new("Input.CustomFields[91].Values", "sneaky"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.CustomFieldValues.AnyAsync(v => v.TextValue == "sneaky")));
    }

    [Fact]
    public async Task The_lead_list_filters_by_a_custom_field_in_the_url_and_its_links_keep_the_filter()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var size = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.Number, "Flota " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var big = await admin.LeadWithAsync("Duża " + tag, (size, "120"));
        var small = await admin.LeadWithAsync("Mała " + tag, (size, "3"));
        var url = $"/Leads?Custom[0].FieldId={size}&Custom[0].Min=100&Sort=Name";

        var list = await admin.GetDocumentAsync(url);

        Assert.Equal([$"/Leads/{big}"], LeadForms.RowLinks(list));
        Assert.DoesNotContain($"/Leads/{small}", LeadForms.RowLinks(list));
        Assert.NotNull(list.QuerySelector("details[data-testid=custom-field-filters][open]"));
        var filters = list.QuerySelector($"[data-filter-field='Flota {tag}']")!;
        Assert.Equal("100", filters.QuerySelector("input[name$='.Min']")?.GetAttribute("value"));
        var sortLink = list.QuerySelector("table.lead-list thead a")?.GetAttribute("href") ?? string.Empty;
        Assert.Contains("Custom%5B0%5D.Min=100", sortLink, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("[data-testid=clear-filter]"));
    }

    [Fact]
    public async Task A_sales_rep_filtering_by_a_custom_field_sees_only_their_own_leads()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var hot = await factory.FieldAsync(CustomFieldRecordType.Lead, CustomFieldType.YesNo, "Gorący " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var adminsLead = await admin.LeadWithAsync("Admina " + tag, (hot, "true"));
        var email = $"rep-{tag}@test.local";
        await factory.CreateUserAsync(email, Roles.SalesRep);
        var rep = await factory.SignedInClientAsync(email);
        var repsLead = await rep.LeadWithAsync("Repa " + tag, (hot, "true"));

        var list = await rep.GetDocumentAsync($"/Leads?Custom[0].FieldId={hot}&Custom[0].Yes=true");
        using var card = await rep.GetAsync(new Uri($"/Leads/{adminsLead}", UriKind.Relative));

        Assert.Equal([$"/Leads/{repsLead}"], LeadForms.RowLinks(list));
        Assert.Equal(HttpStatusCode.NotFound, card.StatusCode);
    }

    [Fact]
    public async Task The_contact_list_filters_by_a_text_field_in_the_url()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var note = await factory.FieldAsync(CustomFieldRecordType.Contact, CustomFieldType.Text, "Uwagi " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync("/Contacts/New?kind=Person");
        using var created = await admin.SubmitAsync(form, ContactForms.Selector, new Dictionary<string, string?>
        {
            ["Input.LastName"] = "Filtr" + tag,
            [$"Input.CustomFields[{IndexOf(form, note)}].Values"] = "Dzwonić po Świętach",
        });
        var id = created.ProfileId();

        var list = await admin.GetDocumentAsync($"/Contacts?Custom[0].FieldId={note}&Custom[0].Text=swietach");
        var none = await admin.GetDocumentAsync($"/Contacts?Custom[0].FieldId={note}&Custom[0].Text=wielkanoc");

        Assert.Equal([$"/Contacts/{id}"], list.QuerySelectorAll("table.contact-list td.name-cell > a").Select(a => a.GetAttribute("href")));
        Assert.Empty(none.QuerySelectorAll("table.contact-list td.name-cell > a"));
        Assert.Equal("swietach", list.QuerySelector($"[data-filter-field='Uwagi {tag}'] input[name$='.Text']")?.GetAttribute("value"));
    }
}
