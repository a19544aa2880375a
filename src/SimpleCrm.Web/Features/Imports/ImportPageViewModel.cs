using System.Globalization;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.Imports;

/// <summary>One import's page, and the words its list row and progress JSON share with it.</summary>
public sealed record ImportPageViewModel(ImportDetails Details, TaskCalendar Calendar, DateTime NowUtc)
{
    public ImportSummary Import => Details.Summary;

    public bool MayCancel => Import.Status is ImportStatus.Queued or ImportStatus.Running;

    public bool MayUndo => Import.Status is ImportStatus.Completed or ImportStatus.Cancelled or ImportStatus.Failed;

    /// <summary>From the first row read to the end (or until now while it runs).</summary>
    public TimeSpan? Duration => Import.StartedAt is { } started
        ? (Import.FinishedAt ?? NowUtc) - started
        : null;

    public static string StatusKey(ImportStatus status) => $"Imports.Status.{status}";

    public static string PolicyKey(ImportDuplicatePolicy policy) => $"Imports.Policy.{policy}";

    /// <summary>Bootstrap's badge colour of a status.</summary>
    public static string StatusBadge(ImportStatus status) => status switch
    {
        ImportStatus.Completed => "text-bg-success",
        ImportStatus.Failed => "text-bg-danger",
        ImportStatus.Running => "text-bg-primary",
        ImportStatus.Queued => "text-bg-info",
        _ => "text-bg-secondary",
    };

    /// <summary>"1 200 of 5 000 rows", or "1 200 rows" while the total is unknown.</summary>
    public static string RowsText(ImportSummary import, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(localizer);
        return import.RowsTotal is { } total
            ? localizer["Imports.RowsOf", import.Processed.ToString("N0", CultureInfo.CurrentCulture), total.ToString("N0", CultureInfo.CurrentCulture)]
            : localizer["Imports.Rows", import.Processed.ToString("N0", CultureInfo.CurrentCulture)];
    }

    /// <summary>"UTF-8", "Windows-1250"...: the encoding's name as Excel users know it.</summary>
    public string? EncodingName => Details.CodePage switch
    {
        null => null,
        65001 => "UTF-8",
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        { } page => $"Windows-{page.ToString(CultureInfo.InvariantCulture)}",
    };

    /// <summary>CSV, TSV, XLSX or XLS, as the user knows their file.</summary>
    public string FormatName => IsText ? (Details.Delimiter == "\t" ? "TSV" : "CSV") : Details.Format.ToUpperInvariant();

    public bool IsText => !string.Equals(Details.Format, nameof(ImportFileFormat.Xlsx), StringComparison.OrdinalIgnoreCase)
        && !string.Equals(Details.Format, nameof(ImportFileFormat.Xls), StringComparison.OrdinalIgnoreCase);

    /// <summary>The delimiter's resource key when it is invisible or easily mistaken (tab, space), else null and the character shows.</summary>
    public string? DelimiterKey => Details.Delimiter switch
    {
        "\t" => "Imports.DelimiterTab",
        ";" => "Imports.DelimiterSemicolon",
        "," => "Imports.DelimiterComma",
        _ => null,
    };
}
