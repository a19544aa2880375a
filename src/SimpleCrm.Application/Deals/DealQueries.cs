using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Deals;

/// <summary>The deal card, its edit form, the form's choices and a contact's deals: every read through the deal visibility rule.</summary>
public sealed class DealQueries(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>How many deals a contact's profile lists; past that, the pipelines' lists find them.</summary>
    public const int ContactDealLimit = 100;

    public async Task<DealCard?> GetCardAsync(int id, CancellationToken cancellationToken)
    {
        var card = await db.Deals.AsNoTracking().VisibleTo(user).Where(d => d.Id == id)
            .Select(d => new DealCard
            {
                Id = d.Id,
                Label = d.Label,
                PipelineId = d.PipelineId,
                PipelineName = d.Pipeline!.Name,
                PipelineResourceKey = d.Pipeline.ResourceKey,
                StageId = d.StageId,
                Stage = new DealStageItem(d.StageId, d.Stage!.Name, d.Stage.ResourceKey, d.Stage.Color, d.Stage.Kind),
                ContactId = d.ContactId,
                ContactName = d.Contact!.DisplayName,
                Value = d.Value,
                Currency = d.Currency,
                CloseBy = d.CloseBy,
                IsOpen = d.IsOpen,
                ClosedAt = d.ClosedAt,
                ResponsibleName = d.ResponsibleUser!.DisplayName,
                Source = d.Source,
                LostReasonName = d.LostReason!.Name,
                LostReasonResourceKey = d.LostReason.ResourceKey,
                CreatedAt = d.CreatedAt,
                CreatedByName = db.Users.Where(u => u.Id == d.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
                UpdatedAt = d.UpdatedAt,
                UpdatedByName = db.Users.Where(u => u.Id == d.UpdatedById).Select(u => u.DisplayName).FirstOrDefault(),
                Version = d.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return card is null ? null : card with
        {
            IsFailing = IsFailing(card.IsOpen, card.CloseBy),
            ClosedAt = card.ClosedAt is { } closed ? ToLocal(closed) : null,
            CreatedAt = ToLocal(card.CreatedAt),
            UpdatedAt = ToLocal(card.UpdatedAt),
        };
    }

    public Task<bool> IsVisibleAsync(int id, CancellationToken cancellationToken) =>
        db.Deals.AsNoTracking().VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken);

    /// <summary>The contact's deals the user may see, open ones first, then newest.</summary>
    public async Task<IReadOnlyList<ContactDeal>> ForContactAsync(int contactId, CancellationToken cancellationToken)
    {
        var rows = await db.Deals.AsNoTracking().VisibleTo(user).Where(d => d.ContactId == contactId)
            .OrderByDescending(d => d.IsOpen).ThenByDescending(d => d.Id)
            .Take(ContactDealLimit)
            // IsFailing carries the open flag until the date is compared with today below.
            .Select(d => new ContactDeal(
                d.Id, d.Label, d.Pipeline!.Name, d.Pipeline.ResourceKey,
                new DealStageItem(d.StageId, d.Stage!.Name, d.Stage.ResourceKey, d.Stage.Color, d.Stage.Kind),
                d.Value, d.Currency, d.CloseBy, d.IsOpen, d.ResponsibleUser!.DisplayName))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r with { IsFailing = IsFailing(r.IsFailing, r.CloseBy) })];
    }

    public Task<DealForEdit?> GetForEditAsync(int id, CancellationToken cancellationToken) =>
        db.Deals.AsNoTracking().VisibleTo(user).Where(d => d.Id == id)
            .Select(d => new DealForEdit(
                d.Id,
                new DealInput
                {
                    Label = d.Label, StageId = d.StageId, Value = d.Value, Currency = d.Currency, CloseBy = d.CloseBy,
                    ResponsibleUserId = d.ResponsibleUserId, LostReasonId = d.LostReasonId,
                },
                d.Label, d.PipelineId, d.ContactId, d.Contact!.DisplayName, d.Version))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Soft-deleted deals, newest first: the admin's restore list (empty for anyone else).</summary>
    public async Task<IReadOnlyList<DeletedDeal>> ListDeletedAsync(CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return [];
        }

        // Deleted contacts too: a deal deleted with its contact is listed, and says so.
        var contacts = db.Contacts.IgnoreQueryFilters();
        var rows = await db.Deals.AsNoTracking().IgnoreQueryFilters().Where(d => d.IsDeleted)
            .OrderByDescending(d => d.DeletedAt).ThenByDescending(d => d.Id).Take(ContactDealLimit * 5)
            .Select(d => new DeletedDeal(
                d.Id,
                d.Label,
                d.ContactId,
                contacts.Where(c => c.Id == d.ContactId).Select(c => c.DisplayName).First(),
                contacts.Where(c => c.Id == d.ContactId).Select(c => c.IsDeleted).First(),
                d.Pipeline!.Name,
                d.Pipeline.ResourceKey,
                new DealStageItem(d.StageId, d.Stage!.Name, d.Stage.ResourceKey, d.Stage.Color, d.Stage.Kind),
                d.DeletedAt,
                db.Users.Where(u => u.Id == d.DeletedById).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r with { DeletedAt = r.DeletedAt is { } at ? ToLocal(at) : null })];
    }

    /// <summary>The display name of a contact the user may see; null when they may not (the new-deal form answers 404).</summary>
    public Task<string?> ContactNameAsync(int contactId, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking().VisibleTo(user).Where(c => c.Id == contactId).Select(c => c.DisplayName).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The form's choices: active pipelines (plus <paramref name="pipelineId"/> when archived: an edited
    /// deal keeps it), that pipeline's stages, the lost reasons offered (plus the deal's own archived one).
    /// </summary>
    public async Task<DealFormOptions> FormOptionsAsync(int? pipelineId, int? keptLostReasonId, CancellationToken cancellationToken)
    {
        var pipelines = await db.Pipelines.AsNoTracking().Where(p => !p.IsArchived || p.Id == pipelineId)
            .OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => new DealChoice(p.Id, p.Name, p.ResourceKey)).ToListAsync(cancellationToken);
        var stages = pipelineId is { } id ? await StagesAsync(id, cancellationToken) : [];
        var reasons = await db.LostReasons.AsNoTracking().Where(r => !r.IsArchived || r.Id == keptLostReasonId)
            .OrderBy(r => r.Position).ThenBy(r => r.Id).Select(r => new DealChoice(r.Id, r.Name, r.ResourceKey)).ToListAsync(cancellationToken);
        return new DealFormOptions(pipelines, stages, reasons);
    }

    /// <summary>The pipeline's stages in order: the card's stage bar.</summary>
    public async Task<IReadOnlyList<DealStageItem>> StagesAsync(int pipelineId, CancellationToken cancellationToken) =>
        await db.Stages.AsNoTracking().Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new DealStageItem(s.Id, s.Name, s.ResourceKey, s.Color, s.Kind)).ToListAsync(cancellationToken);

    /// <summary>Whether an open deal is past its close-by date (in the user's time zone's today).</summary>
    private bool IsFailing(bool isOpen, DateOnly? closeBy) =>
        isOpen && closeBy is { } date && date < DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    private DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone);
}
