using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Exports;
using SimpleCrm.Application.Segments;

namespace SimpleCrm.Web.Features.Contacts;

/// <summary>Downloads of the contact list's current filter as CSV or XLSX.</summary>
[Route("Contacts")]
public sealed class ContactExportController(ContactExport export, SegmentQueries segments, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>UI languages whose Excel expects a semicolon between CSV fields (their decimal separator is a comma).</summary>
    private static readonly HashSet<string> SemicolonLanguages = ["pl", "lt", "sk", "ru"];

    /// <summary>Column titles in the order of ContactExportLabels: the list's own words where it has them.</summary>
    private static readonly string[] HeaderKeys =
    [
        "Contacts.Name", "Contacts.Kind", "Contacts.Company", "Contacts.Position", "Contacts.Emails", "Contacts.Phones",
        "Contacts.City", "Contacts.Country", "Contacts.Responsible", "Contacts.Created", "Exports.Tags",
    ];

    [HttpGet("Export")]
    public async Task<IActionResult> Export(
        [FromQuery] ContactListQuery query, [FromQuery] ExportFormat format, [FromQuery] string? delimiter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(format) || DelimiterOf(delimiter) is not { } separator)
        {
            return BadRequest();
        }

        if (query.SegmentId is { } segmentId && !await segments.IsUsableAsync(segmentId, cancellationToken))
        {
            return NotFound();
        }

        var extension = format == ExportFormat.Xlsx ? "xlsx" : "csv";
        var fileName = $"{localizer["Exports.FileName"].Value}-{clock.GetUtcNow():yyyy-MM-dd}.{extension}";
        Response.ContentType = format == ExportFormat.Xlsx ? ContactXlsxWriter.ContentType : ContactCsvWriter.ContentType + "; charset=utf-8";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        await export.WriteAsync(Response.Body, query, format, separator, Labels(), localizer["Contacts.Title"], cancellationToken);
        return new EmptyResult();
    }

    /// <summary>"comma" or "semicolon"; none: the one Excel expects in the user's language.</summary>
    private static char? DelimiterOf(string? delimiter) => delimiter?.ToUpperInvariant() switch
    {
        null or "" => SemicolonLanguages.Contains(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? ';' : ',',
        "COMMA" or "," => ',',
        "SEMICOLON" or ";" => ';',
        _ => null,
    };

    private ContactExportLabels Labels() => new(
        [.. HeaderKeys.Select(key => localizer[key].Value)],
        localizer["Contacts.KindPerson"],
        localizer["Contacts.KindCompany"])
    {
        Yes = localizer["CustomFields.Yes"],
        No = localizer["CustomFields.No"],
    };
}
