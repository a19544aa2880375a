using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Segments;

namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>
/// The reads of the "Add clients" wizard: the pipeline, the lists and segments to choose from, the
/// candidates to pick by hand and the summary counts, all among the contacts the user may see.
/// </summary>
public sealed class AddClientsQueries(
    CrmDbContext db, AddClientsCandidates candidates, ContactMatching matching,
    ListQueries lists, SegmentQueries segments, IOptions<AddClientsOptions> options)
{
    public const int PageSize = 25;

    public int Limit => options.Value.AddClientsLimit;

    /// <summary>The active (not archived) pipeline with its stages, or null.</summary>
    public async Task<AddClientsPipeline?> PipelineAsync(int pipelineId, CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.AsNoTracking().Where(p => p.Id == pipelineId && !p.IsArchived)
            .Select(p => new { p.Id, p.Name, p.ResourceKey }).SingleOrDefaultAsync(cancellationToken);
        if (pipeline is null)
        {
            return null;
        }

        var stages = await db.Stages.AsNoTracking().Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position)
            .Select(s => new StageOption(s.Id, s.Name, s.ResourceKey)).ToListAsync(cancellationToken);
        return new AddClientsPipeline(pipeline.Id, pipeline.Name, pipeline.ResourceKey, stages);
    }

    public async Task<AddClientsChoices> ChoicesAsync(CancellationToken cancellationToken) =>
        new(await lists.ListAsync(cancellationToken), await segments.ListAsync(cancellationToken));

    /// <summary>
    /// A page of the contacts that may be picked (matched, without email duplicates), by name,
    /// narrowed by the typed search as on /Contacts; null when the selection is not the user's to use.
    /// </summary>
    public async Task<Page<AddClientsCandidate>?> CandidatesAsync(AddClientsSelection selection, string? search, int page, CancellationToken cancellationToken)
    {
        var matched = await candidates.MatchedAsync(selection, cancellationToken);
        if (matched is null)
        {
            return null;
        }

        var kept = candidates.WithoutEmailDuplicates(matched);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var found = (await matching.MatchingAsync(new ContactListQuery { Search = search }, cancellationToken)).Select(c => c.Id);
            kept = kept.Where(c => found.Contains(c.Id));
        }

        var total = await kept.CountAsync(cancellationToken);
        var number = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await kept.OrderBy(c => c.NameKey).ThenBy(c => c.Id).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(c => new AddClientsCandidate(c.Id, c.DisplayName, c.Emails.OrderBy(e => e.Position).Select(e => e.Address).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new Page<AddClientsCandidate>(items, number, PageSize, total);
    }

    /// <summary>
    /// The counts of step 4 for the pipeline and label (none skipped while no label is given), each
    /// one COUNT in the database; null when the selection is not the user's to use.
    /// </summary>
    public async Task<AddClientsSummary?> SummarizeAsync(int pipelineId, AddClientsSelection selection, string? label, CancellationToken cancellationToken)
    {
        var matched = await candidates.MatchedAsync(selection, cancellationToken);
        if (matched is null)
        {
            return null;
        }

        // The email check is the costly part: it runs once over the matched contacts, and again only
        // over the few picked or already holding the label.
        var matchedCount = await matched.CountAsync(cancellationToken);
        var duplicates = await candidates.EmailDuplicates(matched).CountAsync(cancellationToken);
        var chosen = AddClientsCandidates.Picked(matched, selection.PickedIds);
        int? picked = selection.PickedIds is null ? null : await candidates.WithoutEmailDuplicates(chosen, matched).CountAsync(cancellationToken);
        var holding = await candidates.WithoutEmailDuplicates(candidates.HoldingLabel(chosen, pipelineId, label), matched).CountAsync(cancellationToken);
        var toAdd = (picked ?? matchedCount - duplicates) - holding;
        return new AddClientsSummary(matchedCount, duplicates, picked, holding, toAdd, Limit);
    }
}
