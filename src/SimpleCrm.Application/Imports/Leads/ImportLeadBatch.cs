using SimpleCrm.Application.Common;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// One batch of lead rows in one transaction, as <see cref="ImportContactBatch"/> does for contacts:
/// rows checked, duplicates (email, phone, company code) looked up set-based, leads created or
/// updated by the policy, then the change and error rows, notes, "Imported" history lines and the
/// advanced checkpoint saved together. A new lead goes on top of its status's kanban column; no
/// status task templates fire (an import of 10 000 leads is not 10 000 calls to make).
/// </summary>
internal sealed class ImportLeadBatch(ImportLeadRun run)
{
    private readonly CrmDbContext _db = run.Db;
    private readonly Import _import = run.Import;
    private readonly Dictionary<string, ImportLeadTarget> _seen = new(StringComparer.Ordinal);
    private readonly List<ImportLeadTarget> _targets = [];
    private readonly List<ImportError> _errors = [];
    private readonly Dictionary<int, long> _topRanks = [];

    public async Task ProcessAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var valid = new List<ImportCheckedLead>();
        foreach (var row in rows)
        {
            var lead = ImportLeadRows.Check(run.Mapping, run.Validator, row);
            if (lead.Problems.Count == 0)
            {
                valid.Add(lead);
            }
            else
            {
                _errors.Add(ImportErrorRows.Of(_import, row, lead.Problems[0]));
            }
        }

        var policy = _import.DuplicatePolicy;
        var known = policy == ImportDuplicatePolicy.CreateAnyway
            ? KnownLeads.None
            : await KnownLeads.FindAsync(_db, run.User, policy == ImportDuplicatePolicy.Update ? _import.Id : null,
                [.. valid.SelectMany(v => ImportLeadRows.KeysOf(v.Incoming)).Distinct()], cancellationToken);
        foreach (var lead in valid)
        {
            await PlaceAsync(lead, known, cancellationToken);
        }

        await _db.SaveChangesAsync(cancellationToken);
        await RecordAsync(cancellationToken);
        ImportErrorRows.Advance(_import, rows.Count, _errors);
        await _db.SaveChangesAsync(cancellationToken);
    }

    private async Task PlaceAsync(ImportCheckedLead row, KnownLeads known, CancellationToken cancellationToken)
    {
        var keys = ImportLeadRows.KeysOf(row.Incoming);
        var policy = _import.DuplicatePolicy;
        if (policy != ImportDuplicatePolicy.CreateAnyway)
        {
            var target = keys.Select(k => _seen.GetValueOrDefault(k)).FirstOrDefault(t => t is not null);
            if (target is null && known.Match(keys) is { } match)
            {
                if (!match.Visible)
                {
                    _import.SkippedDuplicates++;
                    _errors.Add(ImportErrorRows.Of(_import, row.Draft.Row, new Failure(ImportMessages.DuplicateNotVisible)));
                    return;
                }

                target = known.Targets.GetValueOrDefault(match.Id);
                if (policy == ImportDuplicatePolicy.Skip || target is null)
                {
                    _import.SkippedDuplicates++;
                    return;
                }
            }

            if (target is not null)
            {
                if (policy == ImportDuplicatePolicy.Skip)
                {
                    _import.SkippedDuplicates++;
                    return;
                }

                ImportLeadFields.Update(target.Lead, row.Incoming, row.Draft.Given, target.Before);
                target.Updated = true;
                Collect(target, row, keys);
                _import.Updated++;
                return;
            }
        }

        var lead = row.Incoming;
        if (!_topRanks.TryGetValue(lead.StatusId, out var top))
        {
            top = await LeadCommands.TopRankAsync(_db, lead.StatusId, cancellationToken);
        }

        lead.KanbanRank = top;
        _topRanks[lead.StatusId] = top - LeadCommands.RankStep;
        _db.Leads.Add(lead);
        Collect(new ImportLeadTarget(lead, isNew: true, change: null), row, keys);
        _import.Created++;
    }

    private void Collect(ImportLeadTarget target, ImportCheckedLead row, IReadOnlyList<string> keys)
    {
        if (!_targets.Contains(target))
        {
            _targets.Add(target);
        }

        if (row.Draft.Note is { } note)
        {
            target.Notes.Add(note);
        }

        foreach (var (fieldId, values) in row.Draft.CustomValues)
        {
            target.CustomValues[fieldId] = values;
        }

        foreach (var key in keys)
        {
            _seen[key] = target;
        }
    }

    /// <summary>After the leads have ids: the change rows undo needs, notes, error rows and the "Imported" history line.</summary>
    private async Task RecordAsync(CancellationToken cancellationToken)
    {
        var now = run.Clock.GetUtcNow().UtcDateTime;
        var written = _targets.Where(t => t.IsNew || t.Updated).ToList();
        await ImportCustomFieldWrites.StageAsync(_db, [.. written.Select(t => (t.Lead.Id, t.IsNew, (IReadOnlyDictionary<int, IReadOnlyList<CustomFieldValue>>)t.CustomValues, t.Before))], cancellationToken);
        foreach (var target in written)
        {
            if (!target.IsNew)
            {
                ImportUpdatedRows.Record(_db, _import, HistoryRecordTypes.Lead, target.Lead.Id, target.Change, target.Before, target.Lead.Version);
            }

            ImportUpdatedRows.AddNotes(_db, HistoryRecordTypes.Lead, target.Lead.Id, target.Notes);
        }

        _db.ImportErrors.AddRange(_errors);
        await ImportCreatedRows.RecordAsync<Lead>(_db, _import.Id, HistoryRecordTypes.Lead, [.. written.Where(t => t.IsNew).Select(t => t.Lead.Id)], cancellationToken);
        await HistoryBatch.RecordForLeadsAsync(_db, [.. written.Select(t => t.Lead.Id)], TimelineKinds.Imported, _import.OriginalFileName, now, _import.CreatedById, cancellationToken);
    }
}
