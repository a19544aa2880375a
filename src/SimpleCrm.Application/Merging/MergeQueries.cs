using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;

namespace SimpleCrm.Application.Merging;

/// <summary>Reads for merging: the side-by-side view and where an old link to a merged contact leads.</summary>
public sealed class MergeQueries(CrmDbContext db, ICurrentUser user)
{
    /// <summary>The contacts side by side, in the order asked for; not found if any is invisible or deleted.</summary>
    public async Task<Result<MergePreview>> PreviewAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (!MergeLimits.AreValid(ids))
        {
            return Result<MergePreview>.Fail(new Failure(MergeMessages.CountOutOfRange));
        }

        var idList = ids.ToList();
        var rows = await db.Contacts.AsNoTracking().VisibleTo(user).Where(c => idList.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Version,
                c.Kind,
                c.DisplayName,
                c.FirstName,
                c.LastName,
                c.CompanyName,
                c.Position,
                c.Street,
                c.City,
                c.PostalCode,
                c.Country,
                c.Website,
                c.BirthDate,
                c.Notes,
                Responsible = c.ResponsibleUser != null ? c.ResponsibleUser.DisplayName : null,
                AccessClass = c.AccessClass != null ? c.AccessClass.Name : null,
                Emails = c.Emails.OrderBy(e => e.Position).Select(e => e.Address).ToList(),
                Phones = c.Phones.OrderBy(p => p.Position).Select(p => p.Number).ToList(),
                Tags = c.Tags.Select(t => t.Tag!.Name).OrderBy(n => n).ToList(),
                Lists = db.ContactListMembers.Where(m => m.ContactId == c.Id)
                    .Join(db.ContactLists, m => m.ListId, l => l.Id, (m, l) => l.Name).OrderBy(n => n).ToList(),
            })
            .AsSplitQuery().ToListAsync(cancellationToken);
        if (rows.Count != ids.Count)
        {
            return Result<MergePreview>.NotFound();
        }

        var candidates = rows.OrderBy(r => idList.IndexOf(r.Id)).Select(r => new MergeCandidate(
            r.Id,
            r.Version,
            r.Kind,
            r.DisplayName,
            new Dictionary<MergeField, string?>
            {
                [MergeField.FirstName] = r.FirstName,
                [MergeField.LastName] = r.LastName,
                [MergeField.Company] = r.CompanyName,
                [MergeField.Position] = r.Position,
                [MergeField.Street] = r.Street,
                [MergeField.City] = r.City,
                [MergeField.PostalCode] = r.PostalCode,
                [MergeField.Country] = r.Country,
                [MergeField.Website] = r.Website,
                [MergeField.BirthDate] = r.BirthDate?.ToString("d", CultureInfo.CurrentCulture),
                [MergeField.Notes] = r.Notes,
                [MergeField.Responsible] = r.Responsible,
                [MergeField.AccessClass] = r.AccessClass,
            },
            r.Emails,
            r.Phones,
            r.Tags,
            r.Lists)).ToList();
        if (candidates.Select(c => c.Kind).Distinct().Count() > 1)
        {
            return Result<MergePreview>.Fail(new Failure(MergeMessages.KindsDiffer));
        }

        var survivor = candidates[0];
        var fields = MergeFields.For(survivor.Kind, ContactVisibility.SeesAll(user));
        var choices = fields.ToDictionary(f => f, f => string.IsNullOrEmpty(survivor.Values[f])
            ? candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c.Values[f]))?.Id ?? survivor.Id
            : survivor.Id);
        return Result<MergePreview>.Ok(new MergePreview(candidates, fields, survivor.Id, choices));
    }

    /// <summary>
    /// Where an old link to a merged-away contact leads: the survivor, if the user may see it;
    /// otherwise null (and the link answers "not found" as before).
    /// </summary>
    public async Task<int?> FindSurvivorAsync(int id, CancellationToken cancellationToken)
    {
        var survivorId = await db.Contacts.AsNoTracking().IgnoreQueryFilters()
            .Where(c => c.Id == id && c.IsDeleted && c.MergedIntoId != null)
            .Select(c => c.MergedIntoId).SingleOrDefaultAsync(cancellationToken);
        return survivorId is { } target && await db.Contacts.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == target, cancellationToken)
            ? target
            : null;
    }
}
