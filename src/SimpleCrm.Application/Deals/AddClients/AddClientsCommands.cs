using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>
/// "Add clients": one deal per chosen contact in a stage of the pipeline, in one transaction, through
/// the set-based <see cref="DealBatchInsert"/>. Refuses, before writing anything, invalid fields and
/// more contacts than the limit allows.
/// </summary>
public sealed class AddClientsCommands(CrmDbContext db, ICurrentUser user, AddClientsCandidates candidates, AddClientsQueries queries, TimeProvider clock)
{
    /// <summary>The field failures of step 3; empty when the deals may be added to the pipeline.</summary>
    public async Task<List<Failure>> ValidateAsync(int pipelineId, AddClientsInput input, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, input.Label, nameof(input.Label));
        FieldRules.MaxLength(failures, input.Label, Deal.LabelMaxLength, nameof(input.Label));
        if (input.StageId is not { } stageId)
        {
            failures.Add(new Failure(Messages.Required, nameof(input.StageId)));
        }
        else if (!await db.Stages.AnyAsync(s => s.Id == stageId && s.PipelineId == pipelineId && !s.Pipeline!.IsArchived, cancellationToken))
        {
            failures.Add(new Failure(AddClientsMessages.StageUnknown, nameof(input.StageId)));
        }

        if (!string.IsNullOrEmpty(input.OwnerId) && !await db.Users.AnyAsync(u => u.Id == input.OwnerId && u.IsActive, cancellationToken))
        {
            failures.Add(new Failure(AddClientsMessages.OwnerUnknown, nameof(input.OwnerId)));
        }

        if (input.Value < 0)
        {
            failures.Add(new Failure(AddClientsMessages.ValueNegative, nameof(input.Value)));
        }

        var currency = input.Currency?.Trim();
        if (!string.IsNullOrEmpty(currency) && !FieldRules.IsCurrencyCode(currency))
        {
            failures.Add(new Failure(AddClientsMessages.CurrencyInvalid, nameof(input.Currency)));
        }

        return failures;
    }

    /// <summary>Adds the deals; not found when the pipeline is archived or gone or the selection is not the user's to use.</summary>
    public async Task<Result<AddClientsOutcome>> AddAsync(int pipelineId, AddClientsSelection selection, AddClientsInput input, CancellationToken cancellationToken)
    {
        if (await queries.PipelineAsync(pipelineId, cancellationToken) is null)
        {
            return Result<AddClientsOutcome>.NotFound();
        }

        if (selection.IsEmpty)
        {
            return Result<AddClientsOutcome>.Fail(new Failure(AddClientsMessages.NothingChosen));
        }

        var failures = await ValidateAsync(pipelineId, input, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<AddClientsOutcome>.Fail(failures);
        }

        var summary = await queries.SummarizeAsync(pipelineId, selection, input.Label, cancellationToken);
        if (summary is null)
        {
            return Result<AddClientsOutcome>.NotFound();
        }

        if (summary.OverLimit)
        {
            return Result<AddClientsOutcome>.Fail(new Failure(AddClientsMessages.TooMany));
        }

        if (summary.ToAdd == 0)
        {
            return Result<AddClientsOutcome>.Fail(new Failure(AddClientsMessages.NothingToAdd));
        }

        // At most the limit's ids are loaded; the limit + 1st says someone added contacts meanwhile.
        var matched = (await candidates.MatchedAsync(selection, cancellationToken))!;
        var chosen = AddClientsCandidates.Picked(candidates.WithoutEmailDuplicates(matched), selection.PickedIds);
        var ids = await candidates.ToAdd(chosen, pipelineId, input.Label).OrderBy(c => c.Id).Select(c => c.Id)
            .Take(queries.Limit + 1).ToListAsync(cancellationToken);
        if (ids.Count > queries.Limit)
        {
            return Result<AddClientsOutcome>.Fail(new Failure(AddClientsMessages.TooMany));
        }

        var deals = new NewDeals(pipelineId, input.StageId!.Value, input.Label!.Trim(), input.Value, Currency(input.Currency), input.CloseBy,
            string.IsNullOrEmpty(input.OwnerId) ? null : input.OwnerId, selection.Source);
        var at = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        await using (var transaction = await OwnTransaction.BeginAsync(db, cancellationToken))
        {
            foreach (var batch in ids.Chunk(SetBasedInsert.BatchSize))
            {
                added += (await DealBatchInsert.InsertAsync(db, batch, deals, user.UserId, at, cancellationToken)).Count;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // A contact given a deal of the label between the count and the insert is skipped by the insert too.
        return Result<AddClientsOutcome>.Ok(new AddClientsOutcome(added, summary.AlreadyInPipeline + ids.Count - added, summary.EmailDuplicates));
    }

    private static string? Currency(string? currency) =>
        string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
}
