using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Leads.Conversion;

/// <summary>
/// The deal a conversion may create for the contact the lead becomes (or is assigned to): checked
/// before anything is written, then made inside the conversion's transaction, owned by the contact's
/// owner, with <see cref="DealSource.Lead"/> and whatever entering its first stage fires.
/// </summary>
public sealed class ConversionDeal(CrmDbContext db, DealStageChange stageChange, TimeProvider clock)
{
    /// <summary>
    /// The failures of the deal's fields, each on its field of the form; the label clash only for an
    /// existing contact (<paramref name="contactId"/>), a new one holds no deals. Empty when the form asks for no deal.
    /// </summary>
    public async Task<IReadOnlyList<Failure>> ValidateAsync(LeadConversionInput input, int? contactId, CancellationToken cancellationToken)
    {
        if (!input.CreateDeal)
        {
            return [];
        }

        var failures = new List<Failure>();
        FieldRules.Require(failures, input.DealLabel, nameof(input.DealLabel));
        FieldRules.MaxLength(failures, input.DealLabel, Deal.LabelMaxLength, nameof(input.DealLabel));
        var currency = input.DealCurrency?.Trim();
        if (!string.IsNullOrEmpty(currency) && (currency.Length != Deal.CurrencyMaxLength || !currency.All(char.IsAsciiLetter)))
        {
            failures.Add(new Failure(LeadMessages.CurrencyInvalid, nameof(input.DealCurrency)));
        }

        if (input.DealValue < 0)
        {
            failures.Add(new Failure(LeadConversionMessages.DealValueNegative, nameof(input.DealValue)));
        }

        var stage = await StageAsync(input.DealStageId, cancellationToken);
        if (stage is null)
        {
            failures.Add(new Failure(LeadConversionMessages.DealStageUnknown, nameof(input.DealStageId)));
        }
        else if (contactId is { } existing && !string.IsNullOrWhiteSpace(input.DealLabel) && await LabelTakenAsync(existing, stage.PipelineId, input.DealLabel, cancellationToken))
        {
            failures.Add(LabelTaken);
        }

        return failures;
    }

    /// <summary>
    /// Creates the validated deal for <paramref name="contactId"/> and saves it with what its creation
    /// fires; a clash the index finds (another request gave the contact the label meanwhile) is the label's failure.
    /// </summary>
    public async Task<Result<Deal>> CreateAsync(LeadConversionInput input, int contactId, CancellationToken cancellationToken)
    {
        var stage = await StageAsync(input.DealStageId, cancellationToken) ?? throw new InvalidOperationException("Validate the deal first.");
        var owner = await db.Contacts.Where(c => c.Id == contactId).Select(c => c.ResponsibleUserId).SingleAsync(cancellationToken);
        var deal = new Deal
        {
            PipelineId = stage.PipelineId,
            ContactId = contactId,
            Value = input.DealValue,
            Currency = string.IsNullOrWhiteSpace(input.DealCurrency) ? null : input.DealCurrency.Trim().ToUpperInvariant(),
            ResponsibleUserId = owner,
            Source = DealSource.Lead,
            BoardRank = await DealStageChange.TopRankAsync(db, stage.Id, cancellationToken),
        };
        deal.SetLabel(input.DealLabel!);
        deal.EnterStage(stage, clock.GetUtcNow().UtcDateTime);
        db.Deals.Add(deal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await LabelTakenAsync(contactId, stage.PipelineId, deal.Label, cancellationToken))
            {
                return Result<Deal>.Fail(LabelTaken);
            }

            throw;
        }

        await stageChange.CreatedAsync(deal, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Deal>.Ok(deal);
    }

    private static Failure LabelTaken => new(LeadConversionMessages.DealLabelTaken, nameof(LeadConversionInput.DealLabel));

    /// <summary>An Open stage of an active pipeline, tracked: the deal enters it.</summary>
    private Task<Stage?> StageAsync(int? stageId, CancellationToken cancellationToken) =>
        stageId is { } id
            ? db.Stages.SingleOrDefaultAsync(s => s.Id == id && s.Kind == StageKind.Open && !s.Pipeline!.IsArchived, cancellationToken)
            : Task.FromResult<Stage?>(null);

    private Task<bool> LabelTakenAsync(int contactId, int pipelineId, string label, CancellationToken cancellationToken)
    {
        var key = TextFolding.Fold(label.Trim());
        return db.Deals.AnyAsync(d => d.ContactId == contactId && d.PipelineId == pipelineId && d.IsOpen && d.LabelKey == key, cancellationToken);
    }
}
