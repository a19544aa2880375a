using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Tasks;

/// <summary>A task as its edit form starts, with the record it belongs to (where the form goes back to).</summary>
public sealed record TaskForEdit(int Id, RecordRef? Record, TaskInput Input, bool IsDone);
