using SimpleCrm.Application.Imports;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// Step 5: the first rows as they will be saved, each with its outcome and its problems in words
/// (<see cref="Problems"/>, one list per row) and where each column goes (<see cref="Targets"/>, one title per page column); <see cref="Page"/> is null when the preview could not be made (the message is on the page).
/// </summary>
public sealed record PreviewViewModel(string Token, ImportWizardState State, ImportPreviewPage? Page, IReadOnlyList<string> Targets, IReadOnlyList<IReadOnlyList<string>> Problems)
{
    public int RowsWithProblems => Page?.Rows.Count(r => r.Problems.Count > 0) ?? 0;

    public static string BadgeOf(ImportRowOutcome outcome) => outcome switch
    {
        ImportRowOutcome.Create => "text-bg-success",
        ImportRowOutcome.Update => "text-bg-info",
        ImportRowOutcome.SkipDuplicate => "text-bg-secondary",
        _ => "text-bg-danger",
    };
}
