using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Records;
using SimpleCrm.Web.Features.Leads;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Files;

/// <summary>
/// Files of leads and contacts: upload from the record's page, download only through here (after
/// the visibility check, as an attachment, never sniffed), delete.
/// </summary>
[Route("Files")]
public sealed class FilesController(
    FileQueries queries, FileCommands commands, FileStore store, IOptions<FileStorageOptions> options, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpPost("{recordType}/{recordId:int}")]
    public async Task<IActionResult> Upload([FromRoute] string recordType, [FromRoute] int recordId, IFormFile? file, string? returnUrl, CancellationToken cancellationToken)
    {
        if (RecordRef.From(recordType, recordId) is not { } record)
        {
            return NotFound();
        }

        Result<int> result;
        await using (var content = file?.OpenReadStream() ?? Stream.Null)
        {
            // No file (none chosen, or a form too big to read): the command still checks the record first.
            result = await commands.UploadAsync(record, file?.FileName, content, cancellationToken);
        }

        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(result.Succeeded ? localizer["Files.Uploaded"] : Message(result.Failures[0]));
        return this.BackTo(returnUrl, record, LeadCardTabs.Files);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Download(int id, CancellationToken cancellationToken)
    {
        var file = await queries.GetDownloadAsync(id, cancellationToken);
        if (file is null || !store.Exists(file.StoredName))
        {
            return NotFound();
        }

        // Always an attachment; only images and PDF keep their type, anything else is plain bytes.
        // X-Content-Type-Options: nosniff comes with every response (SecurityHeadersMiddleware).
        Response.Headers.CacheControl = "private, no-store";
        var contentType = FileTypes.IsViewable(file.ContentType) ? file.ContentType : FileTypes.OctetStream;
        return File(store.OpenRead(file.StoredName), contentType, file.FileName);
    }

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete([FromRoute] int id, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await commands.DeleteAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(localizer[result.Succeeded ? "Files.Deleted" : result.Failures[0].MessageKey]);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : this.BackTo(null, result.Value, LeadCardTabs.Files);
    }

    private string Message(Failure failure) => FileMessageText.For(failure, localizer, options.Value.MaxUploadBytes);
}
