using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// The custom fields of the lead, contact and deal forms: which fields a form draws, what a record holds as
/// form entries, and checking and staging what a form posts. Staging only changes the unit of work:
/// the record's command saves the values in the same save (or transaction) as the record itself.
/// </summary>
public sealed class CustomFieldEditor(CrmDbContext db, ICurrentUser user, CustomFieldFiles files, CustomFieldHistory history)
{
    /// <summary>The active fields of a record type, in order, with all their options (retired ones flagged).</summary>
    public Task<IReadOnlyList<CustomFieldDefinition>> DefinitionsAsync(CustomFieldRecordType recordType, CancellationToken cancellationToken) =>
        DefinitionsAsync(db, recordType, cancellationToken);

    /// <summary>As the instance method, for a run without a user (imports).</summary>
    internal static async Task<IReadOnlyList<CustomFieldDefinition>> DefinitionsAsync(CrmDbContext db, CustomFieldRecordType recordType, CancellationToken cancellationToken)
    {
        var fields = await db.CustomFields.AsNoTracking().Where(f => f.RecordType == recordType && !f.IsArchived)
            .OrderBy(f => f.Position).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Id,
                f.Label,
                f.Type,
                f.IsRequired,
                Options = f.Options.OrderBy(o => o.Position).ThenBy(o => o.Id).Select(o => new CustomFieldChoice(o.Id, o.Label, o.IsRetired)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. fields.Select(f => new CustomFieldDefinition(f.Id, f.Label, f.Type, f.IsRequired, f.Options))];
    }

    /// <summary>The record's values as the edit form's entries, one per active field; empty entries for a record the user may not see.</summary>
    public async Task<List<CustomFieldEntry>> EntriesAsync(CustomFieldRecordType recordType, int recordId, CancellationToken cancellationToken)
    {
        var visible = CustomFieldRecords.VisibleIds(db, user, recordType);
        var values = await db.CustomFieldValues.AsNoTracking()
            .Where(v => v.RecordId == recordId && v.Field!.RecordType == recordType && !v.Field.IsArchived && visible.Contains(v.RecordId))
            .OrderBy(v => v.Id)
            .Select(v => new { Value = v, v.Field!.Type, FileName = v.File != null ? v.File.FileName : null })
            .ToListAsync(cancellationToken);
        return [.. values.GroupBy(v => v.Value.FieldId).Select(g => new CustomFieldEntry
        {
            FieldId = g.Key,
            Values = [.. g.Select(v => FormText(v.Value, v.Type))],
            Currency = g.Select(v => v.Value.Currency).FirstOrDefault(c => c is not null),
            FileName = g.Select(v => v.FileName).FirstOrDefault(n => n is not null),
        })];
    }

    /// <summary>
    /// Checks the posted entries against the active fields of the record type. <paramref name="recordId"/>
    /// is the record being edited (null while creating): a field its form did not post keeps its values,
    /// and an option retired since stays valid on a record that already has it. A file posted for a file
    /// field is checked and stored here (its failure told with the others); see <see cref="CustomFieldFiles"/>.
    /// </summary>
    public async Task<ValidatedCustomFields> ValidateAsync(CustomFieldRecordType recordType, IReadOnlyList<CustomFieldEntry> entries, int? recordId, CancellationToken cancellationToken)
    {
        var definitions = await DefinitionsAsync(recordType, cancellationToken);
        if (definitions.Count == 0)
        {
            return ValidatedCustomFields.None;
        }

        var held = recordId is { } id
            ? (await db.CustomFieldValues.AsNoTracking().Where(v => v.RecordId == id && v.OptionId != null && v.Field!.RecordType == recordType)
                .Select(v => v.OptionId!.Value).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var withFile = recordId is { } recordWithFiles && definitions.Any(d => d.Type == CustomFieldType.File)
            ? (await db.CustomFieldValues.AsNoTracking().Where(v => v.RecordId == recordWithFiles && v.FileId != null && v.Field!.RecordType == recordType)
                .Select(v => v.FieldId).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var failures = new List<Failure>();
        var rows = new Dictionary<int, IReadOnlyList<CustomFieldValue>>();
        var received = new Dictionary<int, RecordFile>();
        foreach (var definition in definitions)
        {
            var entry = entries.FirstOrDefault(e => e.FieldId == definition.Id);
            if (entry is null && recordId is not null)
            {
                continue;
            }

            if (definition.Type == CustomFieldType.File)
            {
                var (file, clear, fileFailure) = await files.ReadAsync(definition, entry, withFile.Contains(definition.Id), cancellationToken);
                if (fileFailure is not null)
                {
                    failures.Add(new Failure(fileFailure, CustomFieldEntry.ErrorKey(definition.Id)));
                }
                else if (file is not null)
                {
                    received[definition.Id] = file;
                }
                else if (clear)
                {
                    rows[definition.Id] = [];
                }

                continue;
            }

            var selectable = definition.Options.Where(o => !o.IsRetired || held.Contains(o.Id)).Select(o => o.Id).ToHashSet();
            var (values, failure) = Parse(definition, entry ?? new CustomFieldEntry { FieldId = definition.Id }, selectable);
            // A required choice field offers nothing to choose before its options exist: it cannot be required yet.
            var canBeFilled = !CustomField.HasOptions(definition.Type) || selectable.Count > 0;
            if (failure is null && values.Count == 0 && definition.IsRequired && canBeFilled)
            {
                failure = Messages.Required;
            }

            if (failure is not null)
            {
                failures.Add(new Failure(failure, CustomFieldEntry.ErrorKey(definition.Id)));
            }
            else
            {
                rows[definition.Id] = values;
            }
        }

        var validated = new ValidatedCustomFields(failures, rows) { Files = received, RecordType = recordType, IsEdit = recordId is not null };
        if (failures.Count > 0)
        {
            // Nothing is saved: the files that passed their own checks leave the disk again.
            files.Discard(validated);
        }

        return validated;
    }

    /// <summary>Runs the record's save; the files its form posted are kept only when it succeeds (see <see cref="CustomFieldFiles.SavingAsync"/>).</summary>
    public Task<T> SavingAsync<T>(ValidatedCustomFields validated, Func<Task<T>> save, Func<T, bool> succeeded) =>
        files.SavingAsync(validated, save, succeeded);

    /// <summary>
    /// Puts the validated values on the record in the unit of work: a field whose values changed loses
    /// its old rows and gets the new ones; an unchanged field is left alone. True when anything changed
    /// (the record's command then marks the record itself changed, for its version and "updated by").
    /// </summary>
    public async Task<bool> StageAsync(int recordId, ValidatedCustomFields validated, CancellationToken cancellationToken)
    {
        if (validated.Rows.Count == 0 && validated.Files.Count == 0)
        {
            return false;
        }

        var fieldIds = validated.Rows.Keys.Concat(validated.Files.Keys).ToList();
        var existing = (await db.CustomFieldValues.Where(v => v.RecordId == recordId && fieldIds.Contains(v.FieldId)).ToListAsync(cancellationToken))
            .ToLookup(v => v.FieldId);
        var changes = new List<CustomFieldHistory.Change>();
        foreach (var (fieldId, file) in validated.Files)
        {
            changes.Add(new CustomFieldHistory.Change(fieldId, [.. existing[fieldId]], [], file));
            files.Stage(validated.RecordType, recordId, fieldId, file, existing[fieldId]);
        }

        foreach (var (fieldId, wanted) in validated.Rows)
        {
            var current = existing[fieldId].ToList();
            if (current.Select(Signature).Order().SequenceEqual(wanted.Select(Signature).Order()))
            {
                continue;
            }

            changes.Add(new CustomFieldHistory.Change(fieldId, current, wanted));
            db.CustomFieldValues.RemoveRange(current);
            db.CustomFieldValues.AddRange(wanted.Select(v => Copy(v, recordId)));
        }

        if (validated.IsEdit)
        {
            await history.AddAsync(validated.RecordType, recordId, changes, cancellationToken);
        }

        return changes.Count > 0;
    }

    internal static CustomFieldValue Copy(CustomFieldValue value, int recordId) => new()
    {
        FieldId = value.FieldId,
        RecordId = recordId,
        TextValue = value.TextValue,
        TextKey = value.TextKey,
        NumberValue = value.NumberValue,
        NumberKey = value.NumberKey,
        Currency = value.Currency,
        DateValue = value.DateValue,
        BoolValue = value.BoolValue,
        OptionId = value.OptionId,
        FileId = value.FileId,
    };

    private static string Signature(CustomFieldValue v) => string.Join(
        '\u001f',
        v.TextValue,
        v.NumberValue?.ToString(CultureInfo.InvariantCulture),
        v.Currency,
        v.DateValue?.ToString("O", CultureInfo.InvariantCulture),
        v.BoolValue?.ToString(),
        v.OptionId?.ToString(CultureInfo.InvariantCulture),
        v.FileId?.ToString(CultureInfo.InvariantCulture));

    /// <summary>A stored value as the form's input shows it.</summary>
    private static string? FormText(CustomFieldValue v, CustomFieldType type) =>
        v.OptionId?.ToString(CultureInfo.InvariantCulture)
        ?? (v.BoolValue is { } b ? (b ? "true" : "false") : null)
        ?? (v.NumberValue is { } n ? CustomFieldParsing.FormatNumber(n) : null)
        ?? (v.DateValue is { } d ? (type == CustomFieldType.DateTime ? CustomFieldParsing.FormatDateTime(d) : CustomFieldParsing.FormatDate(d)) : null)
        ?? v.TextValue;

    /// <summary>The rows one entry stands for, or the message key of what is wrong with it.</summary>
    private static (IReadOnlyList<CustomFieldValue> Values, string? Failure) Parse(CustomFieldDefinition field, CustomFieldEntry entry, HashSet<int> selectable)
    {
        var text = entry.Value;
        var row = new CustomFieldValue { FieldId = field.Id };
        if (field.Type == CustomFieldType.MultiChoice)
        {
            var chosen = entry.Values.Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Distinct().ToList();
            var ids = chosen.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var optionId) && selectable.Contains(optionId) ? optionId : (int?)null).ToList();
            return ids.Any(i => i is null)
                ? ([], CustomFieldMessages.InvalidOption)
                : ([.. ids.Select(i => new CustomFieldValue { FieldId = field.Id, OptionId = i })], null);
        }

        if (text is null)
        {
            return ([], null);
        }

        switch (field.Type)
        {
            case CustomFieldType.Text:
                if (text.Length > CustomFieldLimits.Text)
                {
                    return ([], Messages.TooLong);
                }

                row.TextValue = text;
                row.TextKey = TextFolding.Fold(text);
                break;
            case CustomFieldType.Number:
                if (!CustomFieldParsing.TryNumber(text, CustomFieldLimits.NumberScale, out var number))
                {
                    return ([], CustomFieldMessages.InvalidNumber);
                }

                (row.NumberValue, row.NumberKey) = (number, (double)number);
                break;
            case CustomFieldType.Money:
                if (!CustomFieldParsing.TryNumber(text, CustomFieldLimits.MoneyScale, out var amount))
                {
                    return ([], CustomFieldMessages.InvalidMoney);
                }

                if (!CustomFieldParsing.TryCurrency(entry.Currency, out var currency))
                {
                    return ([], CustomFieldMessages.InvalidCurrency);
                }

                (row.NumberValue, row.NumberKey, row.Currency) = (amount, (double)amount, currency);
                break;
            case CustomFieldType.Date:
                if (!CustomFieldParsing.TryDate(text, out var date))
                {
                    return ([], CustomFieldMessages.InvalidDate);
                }

                row.DateValue = date;
                break;
            case CustomFieldType.DateTime:
                if (!CustomFieldParsing.TryDateTime(text, out var dateTime))
                {
                    return ([], CustomFieldMessages.InvalidDateTime);
                }

                row.DateValue = dateTime;
                break;
            case CustomFieldType.YesNo:
                if (!bool.TryParse(text, out var yes))
                {
                    return ([], CustomFieldMessages.InvalidYesNo);
                }

                row.BoolValue = yes;
                break;
            case CustomFieldType.SingleChoice:
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var optionId) || !selectable.Contains(optionId))
                {
                    return ([], CustomFieldMessages.InvalidOption);
                }

                row.OptionId = optionId;
                break;
            default:
                return ([], null);
        }

        return ([row], null);
    }
}
