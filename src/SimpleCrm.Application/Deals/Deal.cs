using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Deals;

/// <summary>
/// A contact's card in a pipeline (a "client tile"): what is being sold (the label), in which stage,
/// for how much, by when and by whom. One contact may hold several deals in one pipeline under
/// different labels, never two open ones with the same label (a filtered unique index says so).
/// </summary>
public sealed class Deal : IAuditable, IVersioned, IHasFieldHistory
{
    public const int LabelMaxLength = 200;

    public const int CurrencyMaxLength = 3;

    public int Id { get; set; }

    public string HistoryRecordType => HistoryRecordTypes.Deal;

    // A deal stays in its pipeline; set once, when created.
    [NotInHistory]
    public int PipelineId { get; set; }

    public Pipeline? Pipeline { get; set; }

    // DealStageChange records a move as StageChanged, in its own words.
    [NotInHistory]
    public int StageId { get; set; }

    public Stage? Stage { get; set; }

    [NotInHistory]
    public int ContactId { get; set; }

    public Contact? Contact { get; set; }

    /// <summary>The product or service category being sold; required.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The folded label: what "the same label" means for the unique open-deal rule.</summary>
    [NotInHistory]
    public string LabelKey { get; set; } = string.Empty;

    public decimal? Value { get; set; }

    /// <summary>ISO 4217 code of the value ("PLN").</summary>
    public string? Currency { get; set; }

    /// <summary>The date after which the sale counts as failing.</summary>
    public DateOnly? CloseBy { get; set; }

    public string? ResponsibleUserId { get; set; }

    public AppUser? ResponsibleUser { get; set; }

    [NotInHistory]
    public DealSource Source { get; set; }

    /// <summary>Why the deal was lost, once it is in a Lost stage.</summary>
    public int? LostReasonId { get; set; }

    public LostReason? LostReason { get; set; }

    /// <summary>
    /// Whether the deal's stage is an Open one. Kept beside the stage so the unique index can say
    /// "open": an index cannot look into another table.
    /// </summary>
    [NotInHistory]
    public bool IsOpen { get; set; } = true;

    /// <summary>When the deal entered a Won or Lost stage; null while open.</summary>
    [NotInHistory]
    public DateTime? ClosedAt { get; set; }

    /// <summary>The card's place in its column: lower is higher up. Moves and new deals put a card on top.</summary>
    [NotInHistory]
    public long BoardRank { get; set; }

    /// <summary>When the deal entered its current stage.</summary>
    [NotInHistory]
    public DateTime StageEnteredAt { get; set; }

    /// <summary>The last stage change, edit or activity: a deal untouched for N days is idle.</summary>
    [NotInHistory]
    public DateTime LastActivityAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedById { get; set; }

    [NotInHistory]
    public bool IsDeleted { get; set; }

    [NotInHistory]
    public DateTime? DeletedAt { get; set; }

    [NotInHistory]
    public string? DeletedById { get; set; }

    public Guid Version { get; set; }

    /// <summary>Sets the label and its folded key together.</summary>
    public void SetLabel(string label)
    {
        Label = label.Trim();
        LabelKey = TextFolding.Fold(Label);
    }

    /// <summary>
    /// Puts the deal into <paramref name="stage"/>: its open flag follows the stage's kind, leaving the
    /// open stages stamps the won/lost date, and a lost reason stays only in a Lost stage.
    /// </summary>
    public void EnterStage(Stage stage, DateTime at)
    {
        if (StageId != stage.Id)
        {
            StageEnteredAt = at;
        }

        StageId = stage.Id;
        Stage = stage;
        IsOpen = stage.Kind == StageKind.Open;
        ClosedAt = IsOpen ? null : ClosedAt ?? at;
        LostReasonId = stage.Kind == StageKind.Lost ? LostReasonId : null;
        LastActivityAt = at;
    }
}
