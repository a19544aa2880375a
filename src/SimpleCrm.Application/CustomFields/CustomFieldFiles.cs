using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.CustomFields;

/// <summary>
/// File custom fields. A posted file goes through the record files' own checks and store
/// (<see cref="FileCommands.ReceiveAsync"/>) while the form is checked, so a refused file is told next to
/// its field with the other messages. A file that passed becomes one of the record's files, saved with
/// the record; if the record's save fails after all, its bytes are removed: nothing is left on disk.
/// Replacing a file keeps the old one among the record's files; clearing the field does too.
/// </summary>
public sealed class CustomFieldFiles(CrmDbContext db, FileCommands files)
{
    /// <summary>
    /// What a file field's entry asks for: a received file, clearing the value, or nothing (keep it).
    /// <paramref name="hasFile"/>: the record has a file in this field now (a required field is then
    /// satisfied without a new upload).
    /// </summary>
    internal async Task<(RecordFile? File, bool Clear, string? Failure)> ReadAsync(
        CustomFieldDefinition field, CustomFieldEntry? entry, bool hasFile, CancellationToken cancellationToken)
    {
        if (entry?.Upload is { } upload && !string.IsNullOrWhiteSpace(upload.FileName))
        {
            // A form posted twice in one request (an edit that turns into a conversion) reads its file again.
            if (upload.Content.CanSeek)
            {
                upload.Content.Position = 0;
            }

            var received = await files.ReceiveAsync(upload.FileName, upload.Content, cancellationToken);
            return received.Value is { } file ? (file, false, null) : (null, false, received.Failures[0].MessageKey);
        }

        if (field.IsRequired && (entry?.Remove == true || !hasFile))
        {
            return (null, false, Messages.Required);
        }

        return (null, entry?.Remove == true, null);
    }

    /// <summary>Puts a received file on the record (type and id now known) and makes it the field's value, in place of the field's current rows.</summary>
    internal void Stage(CustomFieldRecordType recordType, int recordId, int fieldId, RecordFile file, IEnumerable<CustomFieldValue> current)
    {
        var record = CustomFieldRecords.RefOf(recordType, recordId);
        (file.RecordType, file.RecordId) = (record.Type, record.Id);
        files.Attach(file);
        db.CustomFieldValues.RemoveRange(current);
        db.CustomFieldValues.Add(new CustomFieldValue { FieldId = fieldId, RecordId = recordId, File = file });
    }

    /// <summary>Removes the bytes of files received for a form that is not saved.</summary>
    internal void Discard(ValidatedCustomFields validated) => files.Discard(validated.Files.Values);

    /// <summary>
    /// Runs the record's save and keeps the received files only when it succeeds: a refusal or an
    /// exception (the transaction then rolls back) removes their bytes from disk.
    /// </summary>
    internal async Task<T> SavingAsync<T>(ValidatedCustomFields validated, Func<Task<T>> save, Func<T, bool> succeeded)
    {
        if (validated.Files.Count == 0)
        {
            return await save();
        }

        try
        {
            var result = await save();
            if (!succeeded(result))
            {
                Discard(validated);
            }

            return result;
        }
        catch
        {
            Discard(validated);
            throw;
        }
    }
}
