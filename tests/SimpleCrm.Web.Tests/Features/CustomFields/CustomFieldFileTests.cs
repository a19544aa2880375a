using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Files;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadCard;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.CustomFields;

/// <summary>File custom fields over HTTP: the multipart lead form, a refused file's message, the card's download link.</summary>
public sealed class CustomFieldFileTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task The_lead_form_posts_the_file_as_multipart_and_the_cards_link_answers_it_as_an_attachment()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var field = await FileFieldAsync("Umowa " + tag);
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var form = await scene.Owner.GetDocumentAsync("/Leads/New");

        using var created = await SubmitWithFileAsync(scene.Owner, form, "Plik " + tag, field, "Umowa łódź.pdf", Pdf);

        Assert.Equal("multipart/form-data", form.QuerySelector(LeadForms.Selector)?.GetAttribute("enctype"));
        var card = await scene.Owner.GetDocumentAsync($"/Leads/{created.CardId()}");
        var link = card.QuerySelector($"[data-custom-field='Umowa {tag}'] a[data-testid=custom-field-file]");
        Assert.Equal("Umowa łódź.pdf", link?.TextContent.Trim());
        Assert.Matches(@"^/Files/\d+$", link!.GetAttribute("href"));
        using var download = await scene.Owner.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        using var stranger = await LeadCardScene.StrangerAsync(factory);
        using var refused = await stranger.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task A_refused_file_comes_back_with_its_message_next_to_the_field_and_saves_no_lead()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var field = await FileFieldAsync("Skan " + tag);
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var form = await scene.Owner.GetDocumentAsync("/Leads/New");

        using var wrongContent = await SubmitWithFileAsync(scene.Owner, form, "Zły " + tag, field, "program.pdf", [0x4D, 0x5A, 0x90, 0x00]);
        var page = await wrongContent.ToDocumentAsync();
        using var wrongType = await SubmitWithFileAsync(scene.Owner, form, "Zły " + tag, field, "program.exe", [0x4D, 0x5A, 0x90, 0x00]);
        var typePage = await wrongType.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, wrongContent.StatusCode);
        Assert.Equal(ResourceFile.English(FileMessages.ContentMismatch), page.ValidationMessageFor("Input." + CustomFieldEntry.ErrorKey(field)));
        Assert.NotNull(page.QuerySelector($"[data-custom-field='Skan {tag}'] [data-testid=choose-again]"));
        var typeMessage = typePage.ValidationMessageFor("Input." + CustomFieldEntry.ErrorKey(field));
        Assert.Equal(ResourceFile.English(FileMessages.TypeNotAllowed).Replace("{0}", string.Join(", ", FileTypes.Extensions), StringComparison.Ordinal), typeMessage);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().CountAsync(l => l.Name == "Zły " + tag)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.CustomFieldValues.CountAsync(v => v.FieldId == field)));
    }

    [Fact]
    public async Task A_multipart_post_without_the_antiforgery_token_is_refused()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var field = await FileFieldAsync("Bez tokenu " + tag);
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var form = await scene.Owner.GetDocumentAsync("/Leads/New");
        form.QuerySelector($"{LeadForms.Selector} input[name={HtmlForms.TokenField}]")!.Remove();

        using var response = await SubmitWithFileAsync(scene.Owner, form, "Bez tokenu " + tag, field, "a.pdf", Pdf);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().CountAsync(l => l.Name == "Bez tokenu " + tag)));
    }

    /// <summary>Submits the page's lead form as the browser does with a file chosen: multipart, the form's own fields (token included) and the file.</summary>
    private static async Task<HttpResponseMessage> SubmitWithFileAsync(HttpClient client, AngleSharp.Dom.IDocument page, string name, int fieldId, string fileName, byte[] content)
    {
        var formElement = page.QuerySelector(LeadForms.Selector)!;
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in HtmlForms.FieldsOf(formElement).Where(f => f.Key != "Input.Name"))
        {
            form.Add(new StringContent(value), key);
        }

        form.Add(new StringContent(name), "Input.Name");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "CustomFieldFile" + fieldId.ToString(CultureInfo.InvariantCulture), fileName);
        return await client.PostAsync(new Uri(formElement.GetAttribute("action")!, UriKind.Relative), form);
    }

    private Task<int> FileFieldAsync(string label) =>
        factory.WithDbAsync(async db =>
        {
            var field = new CustomField { RecordType = CustomFieldRecordType.Lead, Label = label, LabelKey = CustomField.KeyOf(label), Type = CustomFieldType.File, Position = 10 };
            db.CustomFields.Add(field);
            await db.SaveChangesAsync();
            return field.Id;
        });
}
