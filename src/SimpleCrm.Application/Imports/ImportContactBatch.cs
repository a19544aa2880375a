using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// One batch of contact rows in one transaction: rows mapped and validated, duplicates looked up
/// set-based (one query per key kind), records created or updated by the duplicate policy, the
/// import's change and error rows, history, notes, tags, list and the advanced checkpoint saved together.
/// A duplicate the importing user may not see is never updated nor revealed: it is skipped (or
/// created anyway under that policy), with a reason in the error file.
/// </summary>
internal sealed class ImportContactBatch(ImportRun run)
{
    private readonly CrmDbContext _db = run.Db;
    private readonly Dictionary<string, ImportTarget> _seen = new(StringComparer.Ordinal);
    private readonly List<ImportTarget> _targets = [];
    private readonly List<ImportError> _errors = [];
    private readonly Import _import = run.Import;

    public async Task ProcessAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var valid = new List<(ImportContactDraft Draft, ValidatedContact Validated)>();
        foreach (var row in rows)
        {
            var (draft, validated, problems) = await ImportContactRows.CheckAsync(run.Mapping, run.Validator, row, cancellationToken);
            if (problems.Count == 0)
            {
                valid.Add((draft, validated));
            }
            else
            {
                Fail(row, problems[0]);
            }
        }

        // New tags first, in their own save, so the records' save below is one statement batch.
        await run.Tags.ResolveAsync(valid.SelectMany(v => v.Draft.Tags), cancellationToken);
        var known = _import.DuplicatePolicy == ImportDuplicatePolicy.CreateAnyway
            ? KnownContacts.None
            : await KnownContacts.FindAsync(run, valid.SelectMany(v => KeysOf(v.Validated)).Distinct().ToList(), cancellationToken);
        foreach (var (draft, validated) in valid)
        {
            Place(draft, validated, known);
        }

        await _db.SaveChangesAsync(cancellationToken);
        await RecordAsync(cancellationToken);
        ImportErrorRows.Advance(_import, rows.Count, _errors);
        await _db.SaveChangesAsync(cancellationToken);
    }

    private void Place(ImportContactDraft draft, ValidatedContact validated, KnownContacts known)
    {
        var keys = KeysOf(validated).ToList();
        if (_import.DuplicatePolicy != ImportDuplicatePolicy.CreateAnyway)
        {
            var target = keys.Select(k => _seen.GetValueOrDefault(k)).FirstOrDefault(t => t is not null);
            if (target is null && known.Match(keys) is { } match)
            {
                if (!match.Visible)
                {
                    _import.SkippedDuplicates++;
                    Fail(draft.Row, new Failure(ImportMessages.DuplicateNotVisible));
                    return;
                }

                if (_import.DuplicatePolicy == ImportDuplicatePolicy.Skip)
                {
                    _import.SkippedDuplicates++;
                    return;
                }

                target = known.Targets[match.Id];
            }

            if (target is not null)
            {
                if (_import.DuplicatePolicy == ImportDuplicatePolicy.Skip)
                {
                    _import.SkippedDuplicates++;
                    return;
                }

                ImportContactFields.Update(target.Contact, draft, validated, target.Before);
                target.Updated = true;
                Collect(target, draft, keys);
                target.TagIds.AddRange(run.Tags.IdsOf(draft.Tags));
                _import.Updated++;
                return;
            }
        }

        var contact = NewContact(draft.Input, validated);
        _db.Contacts.Add(contact);
        var created = new ImportTarget(contact, isNew: true, change: null);
        created.TagIds.AddRange(run.DefaultTagIds);
        created.TagIds.AddRange(run.Tags.IdsOf(draft.Tags));
        Collect(created, draft, keys);
        _import.Created++;
    }

    private void Collect(ImportTarget target, ImportContactDraft draft, List<string> keys)
    {
        if (!_targets.Contains(target))
        {
            _targets.Add(target);
        }

        if (draft.Note is { } note)
        {
            target.Notes.Add(note);
        }

        foreach (var (fieldId, values) in draft.CustomValues)
        {
            target.CustomValues[fieldId] = values;
        }

        keys.ForEach(k => _seen[k] = target);
    }

    private Contact NewContact(ContactInput input, ValidatedContact validated)
    {
        var person = input.Kind == ContactKind.Person;
        var contact = new Contact
        {
            Kind = input.Kind,
            FirstName = person ? input.FirstName : null,
            LastName = person ? input.LastName : null,
            CompanyName = input.CompanyName,
            Position = person ? input.Position : null,
            Street = input.Street,
            City = input.City,
            PostalCode = input.PostalCode,
            Country = input.Country,
            Website = input.Website,
            BirthDate = person ? input.BirthDate : null,
            Notes = input.Notes,
            ResponsibleUserId = run.ResponsibleUserId,
            Emails = validated.Emails,
            Phones = validated.Phones,
        };
        contact.RefreshDerivedFields();
        return contact;
    }

    /// <summary>After the records have ids: the change rows undo needs, notes, tags, list membership and the "Imported" history line.</summary>
    private async Task RecordAsync(CancellationToken cancellationToken)
    {
        var now = run.Clock.GetUtcNow().UtcDateTime;
        var written = _targets.Where(t => t.IsNew || t.Updated).ToList();
        await ImportCustomFieldWrites.StageAsync(_db, [.. written.Select(t => (t.Contact.Id, t.IsNew, (IReadOnlyDictionary<int, IReadOnlyList<CustomFieldValue>>)t.CustomValues, t.Before))], cancellationToken);
        foreach (var target in written)
        {
            if (!target.IsNew)
            {
                ImportUpdatedRows.Record(_db, _import, HistoryRecordTypes.Contact, target.Contact.Id, target.Change, target.Before, target.Contact.Version);
            }

            ImportUpdatedRows.AddNotes(_db, HistoryRecordTypes.Contact, target.Contact.Id, target.Notes);
        }

        _db.ImportErrors.AddRange(_errors);
        await AddTagsAsync(written, now, cancellationToken);
        var createdIds = written.Where(t => t.IsNew).Select(t => t.Contact.Id).ToList();
        await ImportCreatedRows.RecordAsync(_db, _import.Id, createdIds, cancellationToken);
        if (run.ListId is { } listId)
        {
            await SetBasedInsert.ForContactsAsync<ContactListMember>(_db, createdIds, nameof(ContactListMember.ContactId), new Dictionary<string, object?>
            {
                [nameof(ContactListMember.ListId)] = listId,
                [nameof(ContactListMember.AddedAt)] = now,
                [nameof(ContactListMember.AddedById)] = _import.CreatedById,
            }, cancellationToken, nameof(ContactListMember.ListId));
        }

        await HistoryBatch.RecordAsync(_db, [.. written.Select(t => t.Contact.Id)], TimelineKinds.Imported, _import.OriginalFileName, now, _import.CreatedById, cancellationToken);
    }

    /// <summary>Tags the records; an updated record's tag it already had is left as it is.</summary>
    private async Task AddTagsAsync(List<ImportTarget> written, DateTime now, CancellationToken cancellationToken)
    {
        var byTag = written.SelectMany(t => t.TagIds.Distinct().Select(tagId => (tagId, t.Contact.Id))).GroupBy(p => p.tagId);
        foreach (var group in byTag)
        {
            await SetBasedInsert.ForContactsAsync<ContactTag>(_db, [.. group.Select(p => p.Id).Distinct()], nameof(ContactTag.ContactId), new Dictionary<string, object?>
            {
                [nameof(ContactTag.TagId)] = group.Key,
                [nameof(ContactTag.TaggedAt)] = now,
            }, cancellationToken, nameof(ContactTag.TagId));
        }
    }

    private void Fail(ImportRow row, Failure failure) => _errors.Add(ImportErrorRows.Of(_import, row, failure));

    private static IEnumerable<string> KeysOf(ValidatedContact validated) => ImportContactRows.KeysOf(validated);
}
