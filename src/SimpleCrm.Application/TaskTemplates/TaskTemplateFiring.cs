namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// The log of automation: template X made its task on record Y when Y entered a status. The unique
/// index over (template, record, <see cref="TransitionKey"/>) makes a second insert for the same
/// transition fail, so two requests racing to move one lead never make its tasks twice; <see cref="At"/>
/// lets a bounce back into the status within a minute pass without firing again.
/// </summary>
public sealed class TaskTemplateFiring
{
    public long Id { get; set; }

    public int TaskTemplateId { get; set; }

    /// <summary>One of <see cref="SimpleCrm.Application.History.HistoryRecordTypes"/>.</summary>
    public string RecordType { get; set; } = string.Empty;

    public int RecordId { get; set; }

    /// <summary>
    /// The record's concurrency version the transition started from (the version the status change
    /// is guarded by): two changes of one version are one transition. Empty for a record created in the status.
    /// </summary>
    public Guid TransitionKey { get; set; }

    public DateTime At { get; set; }
}
