using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Imports;

namespace SimpleCrm.Web.Features.Imports;

/// <summary>The progress JSON import-progress.js polls: enough to move the bar and the counts, and to know when to stop.</summary>
public sealed record ImportProgress(
    string Status, string StatusText, string StatusBadge, bool Finished, int Percent, string RowsText, int Created, int Updated, int Skipped, int Failed)
{
    public static ImportProgress From(ImportSummary import, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(localizer);
        return new ImportProgress(
            import.Status.ToString(), localizer[ImportPageViewModel.StatusKey(import.Status)], ImportPageViewModel.StatusBadge(import.Status), import.IsFinished, import.ProgressPercent,
            ImportPageViewModel.RowsText(import, localizer), import.Created, import.Updated, import.SkippedDuplicates, import.Failed);
    }
}
