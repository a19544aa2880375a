using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Exports;
using SimpleCrm.Application.Users;
using SimpleCrm.Web.Features.Leads;

namespace SimpleCrm.Web.Features.DealList;

/// <summary>The list view of a pipeline (the board's filters, sortable, paged) and its CSV/XLSX export.</summary>
[Route("Pipelines")]
public sealed class DealListController(
    Application.Deals.DealBoard board,
    Application.Deals.DealList list,
    DealExport export,
    UserDirectory users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>UI languages whose Excel expects a semicolon between CSV fields (their decimal separator is a comma).</summary>
    private static readonly HashSet<string> SemicolonLanguages = ["pl", "lt", "sk", "ru"];

    /// <summary>Column titles in the order of <see cref="DealExportLabels"/>.</summary>
    private static readonly string[] HeaderKeys =
    [
        "DealList.Contact", "DealList.Email", "DealList.Label", "DealList.Stage", "DealList.Value", "DealList.Currency",
        "DealList.Owner", "DealList.CloseBy", "DealList.LastActivity",
    ];

    [HttpGet("{id:int}/List")]
    public async Task<IActionResult> Index([FromRoute] int id, [FromQuery] DealFilter filter, [FromQuery] DealListQuery query, CancellationToken cancellationToken)
    {
        var page = await list.PageAsync(id, filter, query, cancellationToken);
        var pipelines = await board.PipelinesAsync(cancellationToken);
        if (page is null || pipelines.FirstOrDefault(p => p.Id == id) is not { } pipeline)
        {
            return NotFound();
        }

        return View(new DealListViewModel(
            pipeline, pipelines, page, filter, query with { PageSize = page.PageSize }, await users.ListActiveAsync(cancellationToken), clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Every deal of the list's filter, in its order, as a download.</summary>
    [HttpGet("{id:int}/Export")]
    public async Task<IActionResult> Export(
        [FromRoute] int id, [FromQuery] DealFilter filter, [FromQuery] DealListQuery query, [FromQuery] ExportFormat format, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(format))
        {
            return BadRequest();
        }

        var pipeline = (await board.PipelinesAsync(cancellationToken)).FirstOrDefault(p => p.Id == id);
        if (pipeline is null)
        {
            return NotFound();
        }

        var name = LeadNames.Of(localizer, pipeline.Name, pipeline.ResourceKey);
        var extension = format == ExportFormat.Xlsx ? "xlsx" : "csv";
        Response.ContentType = format == ExportFormat.Xlsx ? ContactXlsxWriter.ContentType : ContactCsvWriter.ContentType + "; charset=utf-8";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName($"{name}-{clock.GetUtcNow():yyyy-MM-dd}.{extension}");
        Response.Headers.ContentDisposition = disposition.ToString();
        var delimiter = SemicolonLanguages.Contains(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? ';' : ',';
        var labels = new DealExportLabels([.. HeaderKeys.Select(key => localizer[key].Value)], row => LeadNames.Of(localizer, row.StageName, row.StageResourceKey));
        await export.WriteAsync(Response.Body, id, filter, query, format, delimiter, labels, SheetName(name), cancellationToken);
        return new EmptyResult();
    }

    /// <summary>Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = string.Concat(name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))).Trim();
        return clean.Length == 0 ? "Deals" : clean[..Math.Min(clean.Length, 31)];
    }
}
