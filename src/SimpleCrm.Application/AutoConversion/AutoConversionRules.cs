using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Segments;

namespace SimpleCrm.Application.AutoConversion;

/// <summary>
/// Creating, listing, pausing, resuming and deleting auto-conversion rules. Anyone signed in sees
/// which rules feed a pipeline; only managers and admins change them, because a rule keeps adding
/// deals for the whole team in the background, long after its author has left the page.
/// </summary>
public sealed class AutoConversionRules(CrmDbContext db, ICurrentUser user, IAutoConversionScheduler scheduler)
{
    /// <summary>Whether the user may create, pause, resume or delete rules.</summary>
    public bool MayChange => ContactVisibility.SeesAll(user);

    /// <summary>Saves the rule and queues its first run, which converts the source's current members.</summary>
    public async Task<Result<int>> CreateAsync(int pipelineId, AutoConversionRuleInput input, CancellationToken cancellationToken)
    {
        if (!MayChange || !await db.Pipelines.AnyAsync(p => p.Id == pipelineId && !p.IsArchived, cancellationToken))
        {
            return Result<int>.NotFound();
        }

        var failures = await ValidateAsync(pipelineId, input, cancellationToken);
        if (failures.Count > 0)
        {
            return Result<int>.Fail(failures);
        }

        var rule = new AutoConversionRule
        {
            ListId = input.ListId,
            SegmentId = input.SegmentId,
            PipelineId = pipelineId,
            StageId = input.StageId,
            Label = input.Label!.Trim(),
            ResponsibleUserId = string.IsNullOrEmpty(input.ResponsibleUserId) ? null : input.ResponsibleUserId,
            Value = input.Value,
            Currency = string.IsNullOrWhiteSpace(input.Currency) ? null : input.Currency.Trim().ToUpperInvariant(),
            CloseByOffsetDays = input.CloseByOffsetDays,
        };
        db.AutoConversionRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        scheduler.Enqueue(rule.Id);
        return Result<int>.Ok(rule.Id);
    }

    /// <summary>The rules feeding one stage (its header's panel); empty for an unknown stage.</summary>
    public Task<IReadOnlyList<AutoConversionRuleSummary>> ListForStageAsync(int stageId, CancellationToken cancellationToken) =>
        SummariesAsync(db.AutoConversionRules.Where(r => r.StageId == stageId), cancellationToken);

    /// <summary>The rules of a pipeline, or null when there is no such pipeline.</summary>
    public async Task<IReadOnlyList<AutoConversionRuleSummary>?> ListForPipelineAsync(int pipelineId, CancellationToken cancellationToken) =>
        await db.Pipelines.AnyAsync(p => p.Id == pipelineId, cancellationToken)
            ? await SummariesAsync(db.AutoConversionRules.Where(r => r.PipelineId == pipelineId), cancellationToken)
            : null;

    /// <summary>The form's choices for a pipeline, or null when there is no such (live) pipeline.</summary>
    public async Task<AutoConversionFormOptions?> FormOptionsAsync(int pipelineId, CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.AsNoTracking().Where(p => p.Id == pipelineId && !p.IsArchived)
            .Select(p => new { p.Name, p.ResourceKey }).SingleOrDefaultAsync(cancellationToken);
        if (pipeline is null)
        {
            return null;
        }

        var lists = await db.ContactLists.AsNoTracking().OrderBy(l => l.Name).Select(l => new AutoConversionOption(l.Id, l.Name)).ToListAsync(cancellationToken);
        var segments = await db.Segments.AsNoTracking().VisibleTo(user).OrderBy(s => s.Name).Select(s => new AutoConversionOption(s.Id, s.Name)).ToListAsync(cancellationToken);
        var stages = await db.Stages.AsNoTracking().Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position)
            .Select(s => new AutoConversionStageOption(s.Id, s.Name, s.ResourceKey)).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new AutoConversionUserOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return new AutoConversionFormOptions(pipelineId, pipeline.Name, pipeline.ResourceKey, lists, segments, stages, users);
    }

    /// <summary>Stops the rule: its runs convert nobody until it is resumed.</summary>
    public Task<Result> PauseAsync(int ruleId, CancellationToken cancellationToken) => SetPausedAsync(ruleId, paused: true, cancellationToken);

    /// <summary>Starts the rule again and queues a run that catches up with whoever joined meanwhile.</summary>
    public Task<Result> ResumeAsync(int ruleId, CancellationToken cancellationToken) => SetPausedAsync(ruleId, paused: false, cancellationToken);

    /// <summary>Removes the rule and its record of handled contacts; the deals it created stay.</summary>
    public async Task<Result> DeleteAsync(int ruleId, CancellationToken cancellationToken)
    {
        if (!MayChange)
        {
            return Result.NotFound();
        }

        var deleted = await db.AutoConversionRules.Where(r => r.Id == ruleId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Result.NotFound() : Result.Success;
    }

    /// <summary>The pipeline a rule belongs to, for the redirect after a change; null when there is no such rule.</summary>
    public Task<int?> PipelineOfAsync(int ruleId, CancellationToken cancellationToken) =>
        db.AutoConversionRules.Where(r => r.Id == ruleId).Select(r => (int?)r.PipelineId).SingleOrDefaultAsync(cancellationToken);

    private async Task<Result> SetPausedAsync(int ruleId, bool paused, CancellationToken cancellationToken)
    {
        var rule = MayChange ? await db.AutoConversionRules.SingleOrDefaultAsync(r => r.Id == ruleId, cancellationToken) : null;
        if (rule is null)
        {
            return Result.NotFound();
        }

        if (rule.IsPaused != paused)
        {
            rule.IsPaused = paused;
            await db.SaveChangesAsync(cancellationToken);
            if (!paused)
            {
                scheduler.Enqueue(rule.Id);
            }
        }

        return Result.Success;
    }

    private async Task<List<Failure>> ValidateAsync(int pipelineId, AutoConversionRuleInput input, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        if (input.ListId is null && input.SegmentId is null)
        {
            failures.Add(new Failure(AutoConversionMessages.SourceRequired, nameof(input.ListId)));
        }
        else if (input.ListId is not null && input.SegmentId is not null)
        {
            failures.Add(new Failure(AutoConversionMessages.OneSource, nameof(input.ListId)));
        }
        else if (input.ListId is { } listId && !await db.ContactLists.AnyAsync(l => l.Id == listId, cancellationToken))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.ListId)));
        }
        else if (input.SegmentId is { } segmentId && !await db.Segments.VisibleTo(user).AnyAsync(s => s.Id == segmentId, cancellationToken))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.SegmentId)));
        }

        if (!await db.Stages.AnyAsync(s => s.Id == input.StageId && s.PipelineId == pipelineId, cancellationToken))
        {
            failures.Add(new Failure(AutoConversionMessages.StageRequired, nameof(input.StageId)));
        }

        var label = input.Label?.Trim();
        if (string.IsNullOrEmpty(label))
        {
            failures.Add(new Failure(Messages.Required, nameof(input.Label)));
        }
        else if (label.Length > Deal.LabelMaxLength)
        {
            failures.Add(new Failure(Messages.TooLong, nameof(input.Label)));
        }

        if (!string.IsNullOrEmpty(input.ResponsibleUserId) && !await db.Users.AnyAsync(u => u.Id == input.ResponsibleUserId && u.IsActive, cancellationToken))
        {
            failures.Add(new Failure(Messages.InvalidValue, nameof(input.ResponsibleUserId)));
        }

        if (input.Value < 0)
        {
            failures.Add(new Failure(AutoConversionMessages.NegativeValue, nameof(input.Value)));
        }

        var currency = input.Currency?.Trim();
        if (!string.IsNullOrEmpty(currency) && (currency.Length != Deal.CurrencyMaxLength || !currency.All(char.IsAsciiLetter)))
        {
            failures.Add(new Failure(AutoConversionMessages.InvalidCurrency, nameof(input.Currency)));
        }

        if (input.CloseByOffsetDays is < 0 or > AutoConversionRuleInput.MaxCloseByOffsetDays)
        {
            failures.Add(new Failure(AutoConversionMessages.InvalidOffset, nameof(input.CloseByOffsetDays)));
        }

        return failures;
    }

    private async Task<IReadOnlyList<AutoConversionRuleSummary>> SummariesAsync(IQueryable<AutoConversionRule> rules, CancellationToken cancellationToken) =>
        await (from r in rules.AsNoTracking()
               join s in db.Stages on r.StageId equals s.Id
               orderby s.Position, r.Id
               select new AutoConversionRuleSummary(
                   r.Id,
                   r.PipelineId,
                   r.ListId != null
                       ? db.ContactLists.Where(l => l.Id == r.ListId).Select(l => l.Name).FirstOrDefault() ?? string.Empty
                       : db.Segments.Where(g => g.Id == r.SegmentId).Select(g => g.Name).FirstOrDefault() ?? string.Empty,
                   r.SegmentId != null, r.StageId, s.Name, s.ResourceKey, r.Label, r.IsPaused, r.AddedCount, r.LastRunAt, r.LastError))
            .ToListAsync(cancellationToken);
}
