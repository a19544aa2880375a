using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Contacts;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Segments;

/// <summary>"Save as segment" from a contact list filtered by a custom field keeps that criterion, in the form, the count and the segments page.</summary>
public sealed class SegmentCustomFieldPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_segment_saved_from_a_list_filtered_by_a_custom_field_keeps_the_criterion()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var field = await factory.WithDbAsync(async db =>
        {
            var created = new CustomField { RecordType = CustomFieldRecordType.Contact, Label = "Region " + tag, LabelKey = CustomField.KeyOf("Region " + tag), Type = CustomFieldType.Text, Position = 10 };
            db.CustomFields.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        var north = await ContactBuilder.Person("Nora", $"Seg{tag}").SaveAsync(factory);
        var south = await ContactBuilder.Person("Sam", $"Seg{tag}").SaveAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            db.CustomFieldValues.AddRange(
                new CustomFieldValue { FieldId = field, RecordId = north, TextValue = "North", TextKey = "north" },
                new CustomFieldValue { FieldId = field, RecordId = south, TextValue = "South", TextKey = "south" });
            return await db.SaveChangesAsync();
        });
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var fieldId = field.ToString(CultureInfo.InvariantCulture);

        var list = await admin.GetDocumentAsync($"/Contacts?Search=Seg{tag}&Custom[0].FieldId={fieldId}&Custom[0].Text=north");
        var form = await admin.GetDocumentAsync(list.QuerySelector("[data-testid=save-as-segment]")!.GetAttribute("href")!);
        using var saved = await admin.SubmitAsync(form, "form[data-testid=segment-form]", new Dictionary<string, string?> { ["Name"] = $"Północ {tag}" });
        var page = await admin.GetDocumentAsync(saved.RedirectTarget());
        var segments = await admin.GetDocumentAsync("/Segments");

        var criterion = form.QuerySelector($"[data-filter-field='Region {tag}'] input[name$='.Text']");
        Assert.StartsWith("Filter.Custom[", criterion?.GetAttribute("name"), StringComparison.Ordinal);
        Assert.Equal("north", criterion?.GetAttribute("value"));
        Assert.Equal([$"/Contacts/{north}"], page.RowLinks());
        Assert.Equal("Contacts now: 1", page.QuerySelector("[data-testid=scope-count]")?.TextContent.Trim());
        Assert.Contains(segments.QuerySelectorAll("[data-testid=custom-criterion]"), b => b.TextContent.Trim() == $"Region {tag}: north");
    }
}
