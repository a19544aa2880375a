using SimpleCrm.Application.Records;

namespace SimpleCrm.Application.Activities;

/// <summary>An activity as its edit form starts (when in the app's time zone), with the record it belongs to.</summary>
public sealed record ActivityForEdit(int Id, RecordRef Record, ActivityInput Input);
