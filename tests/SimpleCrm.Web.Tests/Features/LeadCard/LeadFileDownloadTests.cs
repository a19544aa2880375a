using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadCard;

/// <summary>ASVS 12.x through HTTP: uploads checked by content, downloads only as attachments, never sniffed.</summary>
public sealed class LeadFileDownloadTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");

    [Fact]
    public async Task A_pdf_comes_back_as_an_attachment_of_its_own_type_with_a_safe_name_and_nosniff()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);

        using var upload = await scene.Owner.UploadAsync($"/Files/Lead/{scene.LeadId}", "..\\..\\Oferta: Łódź.pdf", Pdf);
        var id = await LatestFileIdAsync(scene.LeadId);
        using var download = await scene.Owner.GetAsync(new Uri($"/Files/{id}", UriKind.Relative));

        Assert.Equal($"/Leads/{scene.LeadId}?tab=files", upload.RedirectTarget());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Oferta_ Łódź.pdf", disposition.FileNameStar);
        Assert.DoesNotContain("..", disposition.FileName, StringComparison.Ordinal);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_text_file_is_served_as_plain_bytes_not_as_text()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);

        using (await scene.Owner.UploadAsync($"/Files/Lead/{scene.LeadId}", "notatka.txt", Encoding.UTF8.GetBytes("<script>alert(1)</script>")))
        {
        }

        using var download = await scene.Owner.GetAsync(new Uri($"/Files/{await LatestFileIdAsync(scene.LeadId)}", UriKind.Relative));
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused_with_a_message_and_leaves_nothing_behind()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var before = StoredFiles();

        using var upload = await scene.Owner.UploadAsync($"/Files/Lead/{scene.LeadId}", "faktura.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

        var page = await scene.Owner.GetDocumentAsync(upload.RedirectTarget());
        Assert.Contains(ResourceFile.English("Files.ContentMismatch"), page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Files.CountAsync(f => f.RecordType == "Lead" && f.RecordId == scene.LeadId)));
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task An_upload_without_a_file_asks_for_one()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);
        var token = await scene.Owner.AntiforgeryTokenAsync();

        using var response = await scene.Owner.PostWithTokenAsync($"/Files/Lead/{scene.LeadId}", token);

        var page = await scene.Owner.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains(ResourceFile.English("Files.Required"), page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_without_an_antiforgery_token_is_refused_and_saves_nothing()
    {
        var scene = await LeadCardScene.ArrangeAsync(factory);

        using var response = await scene.Owner.UploadAsync($"/Files/Lead/{scene.LeadId}", "oferta.pdf", Pdf, token: "forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Files.CountAsync(f => f.RecordType == "Lead" && f.RecordId == scene.LeadId)));
    }

    private Task<int> LatestFileIdAsync(int leadId) =>
        factory.WithDbAsync(db => db.Files.Where(f => f.RecordType == "Lead" && f.RecordId == leadId).OrderByDescending(f => f.Id).Select(f => f.Id).FirstAsync());

    private int StoredFiles() =>
        Directory.Exists(factory.FilesRoot) ? Directory.EnumerateFiles(factory.FilesRoot, "*", SearchOption.AllDirectories).Count() : 0;
}
