using SimpleCrm.Application.History;

namespace SimpleCrm.Application.Records;

/// <summary>
/// Any record other records can hang off: a lead, a contact, later a deal. <see cref="Type"/> is one
/// of <see cref="HistoryRecordTypes"/>.
/// </summary>
public readonly record struct RecordRef(string Type, int Id);
