using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Segments;

namespace SimpleCrm.Application.Deals.AddClients;

/// <summary>
/// The contacts of an "Add clients" selection as queries, never as loaded rows, so counting 100 000
/// list members is one COUNT in the database. Each step narrows the one before: the visible contacts
/// of the lists and segments, without the email duplicates, the hand-picked ones among them.
/// </summary>
public sealed class AddClientsCandidates(CrmDbContext db, ICurrentUser user, ContactMatching matching)
{
    /// <summary>
    /// The visible, undeleted contacts on any chosen list or matched by any chosen segment, or null
    /// when a list does not exist or a segment is not the user's to use.
    /// </summary>
    public async Task<IQueryable<Contact>?> MatchedAsync(AddClientsSelection selection, CancellationToken cancellationToken)
    {
        var listIds = selection.ListIds.Distinct().ToList();
        if (await db.ContactLists.CountAsync(l => listIds.Contains(l.Id), cancellationToken) != listIds.Count)
        {
            return null;
        }

        IQueryable<int>? ids = listIds.Count == 0 ? null : db.ContactListMembers.Where(m => listIds.Contains(m.ListId)).Select(m => m.ContactId);
        foreach (var segmentId in selection.SegmentIds.Distinct())
        {
            if (!await db.Segments.VisibleTo(user).AnyAsync(s => s.Id == segmentId, cancellationToken))
            {
                return null;
            }

            // A segment is its saved filter evaluated now, through the same matching as /Contacts.
            var matched = (await matching.MatchingAsync(new ContactListQuery { SegmentId = segmentId }, cancellationToken)).Select(c => c.Id);
            ids = ids is null ? matched : ids.Union(matched);
        }

        var visible = db.Contacts.AsNoTracking().VisibleTo(user);
        return ids is null ? visible.Where(_ => false) : visible.Where(c => ids.Contains(c.Id));
    }

    /// <summary>
    /// The matched contacts that are email duplicates: one of its (normalized) emails belongs to a
    /// matched contact with a lower id, so of one person entered twice the older contact gets the deal.
    /// </summary>
    public IQueryable<Contact> EmailDuplicates(IQueryable<Contact> matched) => matched.Where(IsEmailDuplicate(matched));

    /// <summary>The matched contacts without the email duplicates.</summary>
    public IQueryable<Contact> WithoutEmailDuplicates(IQueryable<Contact> matched) => WithoutEmailDuplicates(matched, matched);

    /// <summary>
    /// Those of <paramref name="some"/> (a part of the matched contacts) that are no email duplicate
    /// among all <paramref name="matched"/>: narrowing first keeps the costly check to few rows.
    /// </summary>
    public IQueryable<Contact> WithoutEmailDuplicates(IQueryable<Contact> some, IQueryable<Contact> matched) => some.Where(Not(IsEmailDuplicate(matched)));

    /// <summary>The hand-picked ones among <paramref name="contacts"/>: a posted id outside them is ignored, not trusted.</summary>
    public static IQueryable<Contact> Picked(IQueryable<Contact> contacts, IReadOnlyList<int>? pickedIds)
    {
        if (pickedIds is null)
        {
            return contacts;
        }

        var ids = pickedIds.Distinct().ToList();
        return contacts.Where(c => ids.Contains(c.Id));
    }

    /// <summary>
    /// Those of <paramref name="chosen"/> holding an open deal with the label in the pipeline (folded
    /// as the unique index folds it): they are skipped. None while no label is given.
    /// </summary>
    public IQueryable<Contact> HoldingLabel(IQueryable<Contact> chosen, int pipelineId, string? label) =>
        chosen.Where(HoldsLabel(pipelineId, label));

    /// <summary>Those of <paramref name="chosen"/> that would get a deal.</summary>
    public IQueryable<Contact> ToAdd(IQueryable<Contact> chosen, int pipelineId, string? label) =>
        chosen.Where(Not(HoldsLabel(pipelineId, label)));

    private Expression<Func<Contact, bool>> IsEmailDuplicate(IQueryable<Contact> matched)
    {
        var matchedIds = matched.Select(c => c.Id);
        return c => db.ContactEmails.Any(e => e.ContactId == c.Id
            && db.ContactEmails.Any(o => o.Normalized == e.Normalized && o.ContactId < c.Id && matchedIds.Contains(o.ContactId)));
    }

    private Expression<Func<Contact, bool>> HoldsLabel(int pipelineId, string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return _ => false;
        }

        var labelKey = TextFolding.Fold(label.Trim());
        return c => db.Deals.Any(d => d.PipelineId == pipelineId && d.ContactId == c.Id && d.LabelKey == labelKey && d.IsOpen);
    }

    private static Expression<Func<Contact, bool>> Not(Expression<Func<Contact, bool>> condition) =>
        Expression.Lambda<Func<Contact, bool>>(Expression.Not(condition.Body), condition.Parameters);
}
