using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.CustomFields;

/// <summary>Admin > Custom fields over HTTP: only admins, every action; the forms, options and the drag order.</summary>
public sealed class CustomFieldAdministrationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/CustomFields";

    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[]
            {
                ("GET", ""), ("GET", "?type=Contact"), ("GET", "/New"), ("POST", "/New"), ("GET", "/{0}/Edit"), ("POST", "/{0}/Edit"),
                ("POST", "/{0}/Archive"), ("POST", "/{0}/Restore"), ("POST", "/{0}/Up"), ("POST", "/{0}/Down"), ("POST", "/Order"),
                ("POST", "/{0}/Options"), ("POST", "/{0}/Options/{1}/Rename"), ("POST", "/{0}/Options/{1}/Retire"), ("POST", "/{0}/Options/{1}/Restore"),
                ("POST", "/{0}/Options/{1}/Up"), ("POST", "/{0}/Options/{1}/Down"), ("POST", "/{0}/Options/Order"),
            })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_custom_field_action(string role, string method, string path)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (fieldId, optionId) = await ChoiceFieldAsync("Denied " + tag);
        var email = $"denied-{tag}@test.local";
        await factory.CreateUserAsync(email, role);
        var client = await factory.SignedInClientAsync(email);
        var url = Page + string.Format(CultureInfo.InvariantCulture, path, fieldId, optionId);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"),
                ("Label", "Taken " + tag), ("label", "Taken " + tag), ("Type", "Number"), ("ids", fieldId.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        var stored = await factory.WithDbAsync(db => db.CustomFields.Include(f => f.Options).AsNoTracking().SingleAsync(f => f.Id == fieldId));
        Assert.Equal(("Denied " + tag, CustomFieldType.SingleChoice, false), (stored.Label, stored.Type, stored.IsArchived));
        Assert.Equal(["Only"], stored.Options.Select(o => o.Label));
        Assert.False(stored.Options.Single().IsRetired);
        Assert.False(await factory.WithDbAsync(db => db.CustomFields.AnyAsync(f => f.Label == "Taken " + tag)));
    }

    [Fact]
    public async Task An_admin_creates_a_number_field_from_the_admin_menu_and_it_lists_on_its_record_types_tab()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var label = "Liczba pracowników " + Guid.NewGuid().ToString("N")[..6];
        var menu = await admin.GetDocumentAsync("/Contacts");
        var form = await admin.GetDocumentAsync(Page + "/New?recordType=Contact");

        using var response = await admin.SubmitAsync(form, "form[data-testid=field-form]",
            new Dictionary<string, string?> { ["Label"] = label, ["Type"] = "Number", ["IsRequired"] = "true" });

        Assert.NotNull(menu.QuerySelector($"a.dropdown-item[href='{Page}']"));
        Assert.Equal(Page + "?type=Contact", response.RedirectTarget());
        var list = await admin.GetDocumentAsync(Page + "?type=Contact");
        Assert.NotNull(list.QuerySelector($"tr[data-custom-field='{label}']"));
        Assert.NotNull(list.QuerySelector($"tbody[data-reorder-url='{Page}/Order?type=Contact']"));
        Assert.Null((await admin.GetDocumentAsync(Page)).QuerySelector($"tr[data-custom-field='{label}']"));
        var stored = await factory.WithDbAsync(db => db.CustomFields.SingleAsync(f => f.Label == label));
        Assert.Equal((CustomFieldRecordType.Contact, CustomFieldType.Number, true), (stored.RecordType, stored.Type, stored.IsRequired));
        await factory.WithDbAsync(async db => await db.CustomFields.Where(f => f.Id == stored.Id).ExecuteUpdateAsync(u => u.SetProperty(f => f.IsArchived, true)));
    }

    [Fact]
    public async Task A_choice_field_goes_on_to_its_options_which_are_added_renamed_and_retired()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var label = "Branża " + Guid.NewGuid().ToString("N")[..6];
        var form = await admin.GetDocumentAsync(Page + "/New?recordType=Lead");
        using var created = await admin.SubmitAsync(form, "form[data-testid=field-form]", new Dictionary<string, string?> { ["Label"] = label, ["Type"] = "SingleChoice" });
        var id = await factory.WithDbAsync(db => db.CustomFields.Where(f => f.Label == label).Select(f => f.Id).SingleAsync());
        Assert.Equal($"{Page}/{id}/Edit", created.RedirectTarget());

        var edit = await admin.GetDocumentAsync($"{Page}/{id}/Edit");
        using var added = await admin.SubmitAsync(edit, "form[data-testid=add-option]", new Dictionary<string, string?> { ["label"] = "Budownictwo" });
        edit = await admin.GetDocumentAsync($"{Page}/{id}/Edit");
        using var duplicate = await admin.SubmitAsync(edit, "form[data-testid=add-option]", new Dictionary<string, string?> { ["label"] = "BUDOWNICTWO" });
        var afterDuplicate = await admin.GetDocumentAsync($"{Page}/{id}/Edit");
        var optionId = await factory.WithDbAsync(db => db.CustomFieldOptions.Where(o => o.FieldId == id).Select(o => o.Id).SingleAsync());
        using var renamed = await admin.SubmitAsync(afterDuplicate, $"form[action='{Page}/{id}/Options/{optionId}/Rename']", new Dictionary<string, string?> { ["label"] = "Budownictwo i remonty" });
        edit = await admin.GetDocumentAsync($"{Page}/{id}/Edit");
        using var retired = await admin.SubmitAsync(edit, $"form[action='{Page}/{id}/Options/{optionId}/Retire']");

        Assert.Equal($"{Page}/{id}/Edit", added.RedirectTarget());
        Assert.Contains(ResourceFile.English(CustomFieldMessages.OptionTaken), afterDuplicate.QuerySelector(".alert")?.TextContent, StringComparison.Ordinal);
        var option = await factory.WithDbAsync(db => db.CustomFieldOptions.AsNoTracking().SingleAsync(o => o.FieldId == id));
        Assert.Equal(("Budownictwo i remonty", true), (option.Label, option.IsRetired));
        Assert.NotNull((await admin.GetDocumentAsync($"{Page}/{id}/Edit")).QuerySelector($"tbody[data-reorder-url='{Page}/{id}/Options/Order'] tr[data-option='Budownictwo i remonty'] .badge"));
    }

    [Fact]
    public async Task A_taken_label_and_a_type_change_on_a_field_with_values_are_refused_next_to_their_fields()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (fieldId, optionId) = await ChoiceFieldAsync("Used " + tag);
        await factory.WithDbAsync(async db =>
        {
            db.CustomFieldValues.Add(new CustomFieldValue { FieldId = fieldId, RecordId = 1, OptionId = optionId });
            return await db.SaveChangesAsync();
        });
        var (otherId, _) = await ChoiceFieldAsync("Other " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync($"{Page}/{fieldId}/Edit");

        using var typeChange = await admin.SubmitAsync(form, "form[data-testid=field-form]", new Dictionary<string, string?> { ["Type"] = "Text" });
        using var taken = await admin.SubmitAsync(await admin.GetDocumentAsync($"{Page}/{otherId}/Edit"), "form[data-testid=field-form]", new Dictionary<string, string?> { ["Label"] = "used " + tag.ToUpperInvariant() });

        Assert.NotNull(form.QuerySelector("select#Type[disabled]"));
        Assert.Equal(HttpStatusCode.OK, typeChange.StatusCode);
        Assert.Equal(ResourceFile.English(CustomFieldMessages.TypeInUse), (await typeChange.ToDocumentAsync()).ValidationMessageFor("Type"));
        Assert.Equal(ResourceFile.English(CustomFieldMessages.LabelTaken), (await taken.ToDocumentAsync()).ValidationMessageFor("Label"));
        Assert.Equal(CustomFieldType.SingleChoice, await factory.WithDbAsync(db => db.CustomFields.Where(f => f.Id == fieldId).Select(f => f.Type).SingleAsync()));
    }

    [Fact]
    public async Task The_drag_order_is_saved_with_the_header_token_and_a_stale_one_is_refused_with_the_reason()
    {
        var first = (await ChoiceFieldAsync("Deal one " + Guid.NewGuid().ToString("N")[..6], CustomFieldRecordType.Deal)).FieldId;
        var second = (await ChoiceFieldAsync("Deal two " + Guid.NewGuid().ToString("N")[..6], CustomFieldRecordType.Deal)).FieldId;
        var ids = await factory.WithDbAsync(db => db.CustomFields.Where(f => f.RecordType == CustomFieldRecordType.Deal).OrderBy(f => f.Position).Select(f => f.Id).ToListAsync());
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync(Page);

        using var saved = await PostOrderAsync(admin, token, [.. Enumerable.Reverse(ids)]);
        using var stale = await PostOrderAsync(admin, token, [first]);
        var list = await admin.GetDocumentAsync(Page + "?type=Deal");

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(ResourceFile.English(CustomFieldMessages.OrderOutdated), list.QuerySelector(".alert")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Reverse(ids), list.QuerySelectorAll("tr[data-id]").Select(r => int.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture)));
        Assert.Contains(second, ids);
    }

    [Fact]
    public async Task Posting_without_a_token_creates_nothing()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var label = "Tokenless " + Guid.NewGuid().ToString("N")[..6];

        using var refused = await admin.PostWithoutTokenAsync(Page + "/New?recordType=Lead", ("Label", label), ("Type", "Text"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.CustomFields.AnyAsync(f => f.Label == label)));
    }

    [Fact]
    public async Task Actions_on_a_field_or_option_that_does_not_exist_answer_not_found()
    {
        var (fieldId, _) = await ChoiceFieldAsync("Exists " + Guid.NewGuid().ToString("N")[..6]);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync(Page);

        using var field = await admin.PostWithTokenAsync(Page + "/987654/Archive", token);
        using var option = await admin.PostWithTokenAsync($"{Page}/{fieldId}/Options/987654/Retire", token);
        using var edit = await admin.GetAsync(new Uri(Page + "/987654/Edit", UriKind.Relative));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { field.StatusCode, option.StatusCode, edit.StatusCode });
    }

    private static Task<HttpResponseMessage> PostOrderAsync(HttpClient client, string token, int[] ids)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Page + "/Order?type=Deal", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString(CultureInfo.InvariantCulture)))),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return client.SendAsync(request);
    }

    private Task<(int FieldId, int OptionId)> ChoiceFieldAsync(string label, CustomFieldRecordType recordType = CustomFieldRecordType.Lead) =>
        factory.WithDbAsync(async db =>
        {
            var field = new CustomField { RecordType = recordType, Label = label, LabelKey = CustomField.KeyOf(label), Type = CustomFieldType.SingleChoice, Position = 100 };
            field.Options.Add(new CustomFieldOption { Label = "Only" });
            db.CustomFields.Add(field);
            await db.SaveChangesAsync();
            return (field.Id, field.Options[0].Id);
        });
}
