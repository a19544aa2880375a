using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Application.Bulk;

/// <summary>
/// Applies a plan to one batch of visible contact ids, set-based and in one transaction: first the
/// ids the action really changes, then a history line on each of them, then the change itself.
/// Returns how many contacts changed.
/// </summary>
public sealed class BulkBatch(CrmDbContext db, ICurrentUser user, TimeProvider clock, ListMembership lists)
{
    public const string Deleted = "Deleted";
    public const string ResponsibleSet = "ResponsibleSet";
    public const string AccessClassSet = "AccessClassSet";

    internal Task<int> ApplyAsync(BulkPlan plan, IReadOnlyList<int> batch, CancellationToken cancellationToken) => plan.Action switch
    {
        BulkActionKind.AddTags => AddTagsAsync(plan.Tags, batch, cancellationToken),
        BulkActionKind.RemoveTags => RemoveTagsAsync(plan.Tags, batch, cancellationToken),
        BulkActionKind.AddToList => lists.AddAsync(plan.List!, batch, cancellationToken),
        BulkActionKind.RemoveFromList => lists.RemoveAsync(plan.List!, batch, cancellationToken),
        BulkActionKind.SetResponsible => SetResponsibleAsync(plan, batch, cancellationToken),
        BulkActionKind.SetAccessClass => SetAccessClassAsync(plan, batch, cancellationToken),
        BulkActionKind.Delete => DeleteAsync(batch, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan.Action, null),
    };

    private async Task<int> AddTagsAsync(IReadOnlyList<Tag> tags, IReadOnlyList<int> batch, CancellationToken cancellationToken)
    {
        var now = Now;
        var changed = new HashSet<int>();
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        foreach (var tag in tags)
        {
            var tagId = tag.Id;
            var untagged = await db.Contacts.Where(c => batch.Contains(c.Id) && !c.Tags.Any(t => t.TagId == tagId))
                .Select(c => c.Id).ToListAsync(cancellationToken);
            await HistoryBatch.RecordAsync(db, untagged, TagCommands.TagsAdded, tag.Name, now, user.UserId, cancellationToken);
            await SetBasedInsert.ForContactsAsync<ContactTag>(db, untagged, nameof(ContactTag.ContactId), new Dictionary<string, object?>
            {
                [nameof(ContactTag.TagId)] = tagId,
                [nameof(ContactTag.TaggedAt)] = now,
            }, cancellationToken, nameof(ContactTag.TagId));
            changed.UnionWith(untagged);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed.Count;
    }

    private async Task<int> RemoveTagsAsync(IReadOnlyList<Tag> tags, IReadOnlyList<int> batch, CancellationToken cancellationToken)
    {
        var now = Now;
        var changed = new HashSet<int>();
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        foreach (var tag in tags)
        {
            var tagId = tag.Id;
            var tagged = await db.ContactTags.Where(ct => ct.TagId == tagId && batch.Contains(ct.ContactId))
                .Select(ct => ct.ContactId).ToListAsync(cancellationToken);
            await HistoryBatch.RecordAsync(db, tagged, TagCommands.TagRemoved, tag.Name, now, user.UserId, cancellationToken);
            await db.ContactTags.Where(ct => ct.TagId == tagId && tagged.Contains(ct.ContactId)).ExecuteDeleteAsync(cancellationToken);
            changed.UnionWith(tagged);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed.Count;
    }

    private async Task<int> SetResponsibleAsync(BulkPlan plan, IReadOnlyList<int> batch, CancellationToken cancellationToken)
    {
        var userId = plan.ResponsibleUserId;
        var changing = await db.Contacts.Where(c => batch.Contains(c.Id) && (c.ResponsibleUserId == null || c.ResponsibleUserId != userId))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        return await UpdateAsync(changing, ResponsibleSet, plan.ResponsibleName, s => s.SetProperty(c => c.ResponsibleUserId, userId), cancellationToken);
    }

    private async Task<int> SetAccessClassAsync(BulkPlan plan, IReadOnlyList<int> batch, CancellationToken cancellationToken)
    {
        var classId = plan.AccessClassId;
        var changing = await db.Contacts
            .Where(c => batch.Contains(c.Id) && (classId == null ? c.AccessClassId != null : c.AccessClassId == null || c.AccessClassId != classId))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        return await UpdateAsync(changing, AccessClassSet, plan.AccessClassName, s => s.SetProperty(c => c.AccessClassId, classId), cancellationToken);
    }

    private async Task<int> DeleteAsync(IReadOnlyList<int> batch, CancellationToken cancellationToken)
    {
        var now = Now;
        var userId = user.UserId;
        var changing = await db.Contacts.Where(c => batch.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return await UpdateAsync(changing, Deleted, null, s => s
            .SetProperty(c => c.IsDeleted, true)
            .SetProperty(c => c.DeletedAt, now)
            .SetProperty(c => c.DeletedById, userId), cancellationToken);
    }

    /// <summary>History on the changing contacts, then one UPDATE that also stamps the audit columns and a new version (open forms then see a conflict).</summary>
    private async Task<int> UpdateAsync(
        List<int> changing,
        string action,
        string? details,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Contacts.Contact>> setters,
        CancellationToken cancellationToken)
    {
        if (changing.Count == 0)
        {
            return 0;
        }

        var now = Now;
        var userId = user.UserId;
        var version = Guid.NewGuid();
        await using var transaction = await OwnTransaction.BeginAsync(db, cancellationToken);
        await HistoryBatch.RecordAsync(db, changing, action, details, now, userId, cancellationToken);
        var updated = await db.Contacts.Where(c => changing.Contains(c.Id)).ExecuteUpdateAsync(s =>
        {
            setters(s);
            s.SetProperty(c => c.UpdatedAt, now).SetProperty(c => c.UpdatedById, userId).SetProperty(c => c.Version, version);
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
