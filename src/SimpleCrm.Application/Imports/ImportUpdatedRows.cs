using SimpleCrm.Application.Data;
using SimpleCrm.Application.Notes;

namespace SimpleCrm.Application.Imports;

/// <summary>What a batch records for each record it wrote, whatever its kind: the change row of an update and the record's notes.</summary>
internal static class ImportUpdatedRows
{
    /// <summary>
    /// The version the import leaves on an updated record, and what it changed: undo touches the record
    /// only while it still has that version. A record this import created keeps its "created" row
    /// (new records' rows are written set-based, with the version copied in the database).
    /// </summary>
    public static void Record(CrmDbContext db, Import import, string recordType, int recordId, ImportChange? change, ImportBefore before, Guid version)
    {
        if (change is null)
        {
            change = new ImportChange { ImportId = import.Id, RecordType = recordType, RecordId = recordId, Kind = ImportChangeKind.Updated };
            db.ImportChanges.Add(change);
        }

        if (change.Kind == ImportChangeKind.Updated)
        {
            change.Before = ImportJson.Write(before);
        }

        change.VersionAfter = version;
    }

    public static void AddNotes(CrmDbContext db, string recordType, int recordId, IEnumerable<string> notes) =>
        db.Notes.AddRange(notes.Select(text => new Note { RecordType = recordType, RecordId = recordId, Text = text }));
}
