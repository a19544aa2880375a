using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Records;

namespace SimpleCrm.Web.Features.Files;

/// <summary>The files of a record, on the lead card's tab and on the contact profile: the card reads its own data.</summary>
public sealed class RecordFilesViewComponent(FileQueries queries, IOptions<FileStorageOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RecordRef record)
    {
        var files = await queries.OfRecordAsync(record, HttpContext.RequestAborted) ?? [];
        var here = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("/Features/Files/_Files.cshtml", new RecordFilesViewModel(record, files, here, options.Value.MaxUploadBytes));
    }
}
