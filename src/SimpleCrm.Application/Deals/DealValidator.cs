using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals;

/// <summary>Checks a deal form field by field against its pipeline; answers the failures and the stage to enter.</summary>
public sealed class DealValidator(CrmDbContext db)
{
    /// <summary>
    /// <paramref name="current"/>: the deal as saved, when editing: its archived pipeline, deactivated
    /// owner and archived lost reason stay valid on it (they are no longer offered to new deals).
    /// </summary>
    public async Task<ValidatedDeal> ValidateAsync(DealInput input, int pipelineId, int contactId, Deal? current, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, input.Label, nameof(input.Label));
        FieldRules.MaxLength(failures, input.Label, Deal.LabelMaxLength, nameof(input.Label));
        if (input.Value < 0)
        {
            failures.Add(new Failure(DealMessages.ValueNegative, nameof(input.Value)));
        }

        var currency = input.Currency?.Trim();
        if (!string.IsNullOrEmpty(currency) && (currency.Length != Deal.CurrencyMaxLength || !currency.All(char.IsAsciiLetter)))
        {
            failures.Add(new Failure(DealMessages.CurrencyInvalid, nameof(input.Currency)));
        }

        if (input.ResponsibleUserId is not null && input.ResponsibleUserId != current?.ResponsibleUserId
            && !await db.Users.AnyAsync(u => u.Id == input.ResponsibleUserId && u.IsActive, cancellationToken))
        {
            failures.Add(new Failure(DealMessages.ResponsibleUnknown, nameof(input.ResponsibleUserId)));
        }

        if (current is null && !await db.Pipelines.AnyAsync(p => p.Id == pipelineId && !p.IsArchived, cancellationToken))
        {
            failures.Add(new Failure(DealMessages.PipelineUnknown));
            return new ValidatedDeal(failures, null);
        }

        var stage = await StageAsync(input.StageId ?? current?.StageId, pipelineId, cancellationToken);
        if (stage is null)
        {
            failures.Add(new Failure(DealMessages.StageUnknown, nameof(input.StageId)));
            return new ValidatedDeal(failures, null);
        }

        if (stage.Kind == StageKind.Lost)
        {
            await CheckLostReasonAsync(failures, input.LostReasonId, current, cancellationToken);
        }

        if (stage.Kind == StageKind.Open && !string.IsNullOrWhiteSpace(input.Label)
            && await HasOpenLabelAsync(pipelineId, contactId, TextFolding.Fold(input.Label.Trim()), current?.Id, cancellationToken))
        {
            failures.Add(new Failure(DealMessages.LabelTaken, nameof(input.Label)));
        }

        return new ValidatedDeal(failures, stage);
    }

    /// <summary>Whether another open deal of the contact in the pipeline has the label (the unique index's rule, asked before saving).</summary>
    public Task<bool> HasOpenLabelAsync(int pipelineId, int contactId, string labelKey, int? exceptId, CancellationToken cancellationToken) =>
        db.Deals.AnyAsync(d => d.PipelineId == pipelineId && d.ContactId == contactId && d.LabelKey == labelKey && d.IsOpen && d.Id != exceptId, cancellationToken);

    /// <summary>The stage asked for when it is in the pipeline; the pipeline's first open stage when none is asked.</summary>
    private Task<Stage?> StageAsync(int? stageId, int pipelineId, CancellationToken cancellationToken) =>
        stageId is { } id
            ? db.Stages.SingleOrDefaultAsync(s => s.Id == id && s.PipelineId == pipelineId, cancellationToken)
            : db.Stages.Where(s => s.PipelineId == pipelineId && s.Kind == StageKind.Open).OrderBy(s => s.Position).FirstOrDefaultAsync(cancellationToken);

    private async Task CheckLostReasonAsync(List<Failure> failures, int? lostReasonId, Deal? current, CancellationToken cancellationToken)
    {
        if (lostReasonId is not { } reasonId)
        {
            failures.Add(new Failure(DealMessages.LostReasonRequired, nameof(DealInput.LostReasonId)));
        }
        else if (reasonId != current?.LostReasonId && !await db.LostReasons.AnyAsync(r => r.Id == reasonId && !r.IsArchived, cancellationToken))
        {
            failures.Add(new Failure(DealMessages.LostReasonUnknown, nameof(DealInput.LostReasonId)));
        }
    }
}
