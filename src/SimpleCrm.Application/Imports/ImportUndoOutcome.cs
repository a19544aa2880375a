using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Imports;

/// <summary>What undo did: records deleted, records restored, and those changed since the import and so left alone.</summary>
public sealed record ImportUndoOutcome(int Deleted, int Restored, IReadOnlyList<RecordRef> LeftAlone);
