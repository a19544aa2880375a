using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.ImportWizard;

/// <summary>A signed-in rep going through /Imports/New as a browser would: multipart upload, then each step's form with its buttons.</summary>
public static class ImportWizardScene
{
    public const string Page = "/Imports/New";

    static ImportWizardScene() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1250 => Encoding.GetEncoding(1250);

    public static async Task<(HttpClient Client, string UserId)> RepAsync(CrmWebFactory factory)
    {
        var email = $"importer-{Guid.NewGuid():N}@test.local";
        var id = await factory.CreateUserAsync(email, Roles.SalesRep);
        return (await factory.SignedInClientAsync(email), id);
    }

    /// <summary>Uploads the file from the upload page's form (its token included unless told not to); the page that comes back.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, string entityType = "Contact", bool withToken = true)
    {
        var page = await client.GetDocumentAsync(Page);
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(page.AntiforgeryToken("form[data-testid=upload-form]")), HtmlForms.TokenField);
        }

        form.Add(new StringContent(entityType), "EntityType");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(Page, UriKind.Relative), form);
    }

    public static async Task<IDocument> UploadPageAsync(HttpClient client, string fileName, byte[] content, string entityType = "Contact")
    {
        using var response = await UploadAsync(client, fileName, content, entityType);
        return await response.ToDocumentAsync();
    }

    /// <summary>Presses a step's button ("go" = next, back, apply, save, start) on the page's form, with fields changed.</summary>
    public static async Task<HttpResponseMessage> PressAsync(HttpClient client, IDocument page, string formTestId, string go, IReadOnlyDictionary<string, string?>? changes = null) =>
        await client.SubmitWithButtonAsync(page, $"form[data-testid={formTestId}] button[name=go][value={go}]", changes);

    public static async Task<IDocument> PressPageAsync(HttpClient client, IDocument page, string formTestId, string go, IReadOnlyDictionary<string, string?>? changes = null)
    {
        using var response = await PressAsync(client, page, formTestId, go, changes);
        return await response.ToDocumentAsync();
    }

    /// <summary>The mapping select of the column with this header: its name and chosen value.</summary>
    public static (string Name, string Value) Target(IDocument mapping, string header)
    {
        var select = mapping.QuerySelectorAll("[data-testid=mapping] li").Single(li => li.GetAttribute("data-column") == header).QuerySelector("select")!;
        var chosen = select.QuerySelectorAll("option").FirstOrDefault(o => o.HasAttribute("selected"))?.GetAttribute("value") ?? string.Empty;
        return (select.GetAttribute("name")!, chosen);
    }

    public static byte[] PolishContacts(string body) =>
        Windows1250.GetBytes("Imię;Nazwisko;E-mail;Telefon;Miasto;Uwagi\r\n" + body);
}
