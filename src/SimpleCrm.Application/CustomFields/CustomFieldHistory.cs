using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.History;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// An edit's custom field changes in the record's history, as the built-in fields' are
/// (<see cref="FieldHistoryInterceptor"/>): one "FieldChanged" line per changed field, "Label: old → new",
/// with option labels and file names rather than ids, as they read at the time.
/// </summary>
public sealed class CustomFieldHistory(CrmDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>One changed field: the rows it held and the rows it gets (a received file: <paramref name="NewFile"/>).</summary>
    internal sealed record Change(int FieldId, IReadOnlyList<CustomFieldValue> Before, IReadOnlyList<CustomFieldValue> After, RecordFile? NewFile = null);

    /// <summary>Adds the lines to the unit of work; the record's command saves them with the values.</summary>
    internal async Task AddAsync(CustomFieldRecordType recordType, int recordId, IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var fieldIds = changes.Select(c => c.FieldId).ToList();
        var fields = await db.CustomFields.AsNoTracking().Where(f => fieldIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => (f.Label, f.Type), cancellationToken);
        var rows = changes.SelectMany(c => c.Before.Concat(c.After)).ToList();
        var optionIds = rows.Where(r => r.OptionId is not null).Select(r => r.OptionId!.Value).Distinct().ToList();
        var options = optionIds.Count == 0 ? [] : await db.CustomFieldOptions.AsNoTracking().Where(o => optionIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (o.Label, o.Position), cancellationToken);
        var fileIds = rows.Where(r => r.FileId is not null).Select(r => r.FileId!.Value).Distinct().ToList();
        var files = fileIds.Count == 0 ? [] : await db.Files.AsNoTracking().IgnoreQueryFilters().Where(f => fileIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.FileName, cancellationToken);

        var record = CustomFieldRecords.RefOf(recordType, recordId);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var change in changes)
        {
            var (label, type) = fields[change.FieldId];
            var before = Show(change.Before, type, options, files);
            var after = change.NewFile?.FileName ?? Show(change.After, type, options, files);
            if (before == after)
            {
                continue;
            }

            var details = label + FieldHistoryInterceptor.Separator + Cut(before) + FieldHistoryInterceptor.Arrow + Cut(after);
            db.History.Add(HistoryEntry.For(record, FieldHistoryInterceptor.FieldChanged, details, now, user.UserId));
        }
    }

    private static string Show(
        IReadOnlyList<CustomFieldValue> values, CustomFieldType type, Dictionary<int, (string Label, int Position)> options, Dictionary<int, string> files)
    {
        var texts = values
            .OrderBy(v => v.OptionId is { } id && options.TryGetValue(id, out var o) ? o.Position : 0)
            .Select(v => Text(v, type, options, files))
            .Where(t => !string.IsNullOrEmpty(t))
            .ToList();
        return texts.Count == 0 ? FieldHistoryInterceptor.Empty : string.Join(", ", texts);
    }

    private static string? Text(CustomFieldValue v, CustomFieldType type, Dictionary<int, (string Label, int Position)> options, Dictionary<int, string> files) =>
        v.OptionId is { } optionId ? (options.TryGetValue(optionId, out var option) ? option.Label : null)
        : v.FileId is { } fileId ? files.GetValueOrDefault(fileId)
        : v.BoolValue is { } yes ? yes.ToString()
        : v.NumberValue is { } number ? number.ToString("0.##########", CultureInfo.InvariantCulture) + (v.Currency is null ? null : " " + v.Currency)
        : v.DateValue is { } date ? date.ToString(type == CustomFieldType.DateTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : v.TextValue;

    private static string Cut(string text) =>
        text.Length > FieldHistoryInterceptor.ValueMaxLength ? text[..FieldHistoryInterceptor.ValueMaxLength] + "…" : text;
}
