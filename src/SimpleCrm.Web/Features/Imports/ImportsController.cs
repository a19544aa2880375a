using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.Imports;

/// <summary>
/// The imports a user may see, one import's page with its live progress, its error file, cancel and
/// undo, and the empty templates. Every import goes through ImportQueries/ImportCommands, which
/// answer "not found" for an import the user may not see.
/// </summary>
[Authorize]
[Route("Imports")]
public sealed class ImportsController(
    ImportQueries queries, ImportCommands commands, ImportErrorFile errorFile, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ImportListViewModel(await queries.ListAsync(cancellationToken), TaskCalendar.At(clock)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken) =>
        await queries.DetailsAsync(id, cancellationToken) is { } details
            ? View(new ImportPageViewModel(details, TaskCalendar.At(clock), clock.GetUtcNow().UtcDateTime))
            : NotFound();

    /// <summary>What import-progress.js polls while an import is queued or running.</summary>
    [HttpGet("{id:int}/Progress")]
    public async Task<IActionResult> Progress([FromRoute] int id, CancellationToken cancellationToken) =>
        await queries.FindAsync(id, cancellationToken) is { } import ? Json(ImportProgress.From(import, localizer)) : NotFound();

    /// <summary>The rows that failed, as the file had them plus a Reason column (format "csv" or "xlsx").</summary>
    [HttpGet("{id:int}/Errors.{format}")]
    public async Task<IActionResult> Errors([FromRoute] int id, [FromRoute] string format, CancellationToken cancellationToken)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        if (await queries.FindAsync(id, cancellationToken) is not { } import)
        {
            return NotFound();
        }

        Attachment($"{Path.GetFileNameWithoutExtension(import.FileName)}-{localizer["Imports.ErrorFileName"].Value}.{(xlsx ? "xlsx" : "csv")}",
            xlsx ? ImportErrorFile.XlsxContentType : ImportErrorFile.CsvContentType + "; charset=utf-8");
        var labels = new ImportErrorLabels(localizer[ImportMessages.Reason], (key, arguments) => localizer[key, [.. arguments]].Value);
        var written = xlsx
            ? await errorFile.WriteXlsxAsync(id, Response.Body, labels, localizer["Imports.ErrorSheet"], cancellationToken)
            : await errorFile.WriteCsvAsync(id, Response.Body, labels, cancellationToken);
        return written ? new EmptyResult() : NotFound();
    }

    [HttpPost("{id:int}/Cancel")]
    public async Task<IActionResult> Cancel([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.CancelAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(result.Succeeded ? localizer["Imports.CancelDone"] : string.Join(" ", result.Failures.Select(f => localizer[f.MessageKey].Value)));
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:int}/Undo")]
    public async Task<IActionResult> Undo([FromRoute] int id, CancellationToken cancellationToken)
    {
        var result = await commands.UndoAsync(id, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.Flash(result.Value is { } outcome
            ? localizer["Imports.UndoDone", outcome.Deleted, outcome.Restored, outcome.LeftAlone.Count]
            : string.Join(" ", result.Failures.Select(f => localizer[f.MessageKey].Value)));
        return RedirectToAction(nameof(Show), new { id });
    }

    /// <summary>An empty table of an entity's fields in the user's language: "Contact.csv", "Lead.xlsx".</summary>
    [HttpGet("Template/{entity}.{format}")]
    public async Task<IActionResult> Template([FromRoute] string entity, [FromRoute] string format, CancellationToken cancellationToken)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!Enum.TryParse<ImportEntityType>(entity, ignoreCase: true, out var entityType) || !Enum.IsDefined(entityType) || int.TryParse(entity, out _)
            || (!xlsx && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)))
        {
            return NotFound();
        }

        var name = localizer[$"Imports.Entity.{entityType}"].Value;
        var headers = ImportTemplates.Headers(ImportTemplates.Fields(entityType), key => localizer[key].Value);
        Attachment($"{localizer["Imports.TemplateFileName"].Value}-{name}.{(xlsx ? "xlsx" : "csv")}",
            xlsx ? ImportErrorFile.XlsxContentType : ImportErrorFile.CsvContentType + "; charset=utf-8");
        if (xlsx)
        {
            await ImportTemplates.WriteXlsxAsync(Response.Body, headers, name, cancellationToken);
        }
        else
        {
            await ImportTemplates.WriteCsvAsync(Response.Body, headers, ImportTemplates.CsvDelimiter(CultureInfo.CurrentUICulture), cancellationToken);
        }

        return new EmptyResult();
    }

    /// <summary>A download, never shown inline, under a name safe in any browser.</summary>
    private void Attachment(string fileName, string contentType)
    {
        Response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        Response.Headers.ContentDisposition = disposition.ToString();
    }
}
