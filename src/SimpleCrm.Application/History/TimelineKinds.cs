using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Merging;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.History;

/// <summary>
/// The one place that says which kind of line each history action code is, for the timeline's type
/// filter. A code not listed here (a new one nobody mapped yet) counts as a change, so it never
/// disappears from a filtered timeline.
/// </summary>
public static class TimelineKinds
{
    /// <summary>The code of imports, still on their way, mapped now so their lines filter right when they arrive.</summary>
    public const string Imported = "Imported";

    public static IReadOnlyDictionary<string, TimelineKind> ByAction { get; } = new Dictionary<string, TimelineKind>(StringComparer.Ordinal)
    {
        [ActivityMessages.Edited] = TimelineKind.Activities,
        [ActivityMessages.Deleted] = TimelineKind.Activities,
        [NoteMessages.Added] = TimelineKind.Notes,
        [NoteMessages.Edited] = TimelineKind.Notes,
        [NoteMessages.Deleted] = TimelineKind.Notes,
        [TaskMessages.Created] = TimelineKind.Tasks,
        [TaskMessages.Done] = TimelineKind.Tasks,
        [TaskMessages.Reopened] = TimelineKind.Tasks,
        [ReminderMessages.Set] = TimelineKind.Tasks,
        [EmailMessages.Queued] = TimelineKind.Emails,
        [EmailMessages.Sent] = TimelineKind.Emails,
        [LeadCommands.StatusChanged] = TimelineKind.Changes,
        [FieldHistoryInterceptor.FieldChanged] = TimelineKind.Changes,
        [BulkBatch.ResponsibleSet] = TimelineKind.Changes,
        [BulkBatch.AccessClassSet] = TimelineKind.Changes,
        [BulkBatch.Deleted] = TimelineKind.Changes,
        [TagCommands.TagsAdded] = TimelineKind.Changes,
        [TagCommands.TagRemoved] = TimelineKind.Changes,
        [ListMembership.AddedToList] = TimelineKind.Changes,
        [ListMembership.RemovedFromList] = TimelineKind.Changes,
        [LeadContactPersons.Added] = TimelineKind.Changes,
        [LeadContactPersons.Edited] = TimelineKind.Changes,
        [LeadContactPersons.Removed] = TimelineKind.Changes,
        [DealBatchInsert.DealCreated] = TimelineKind.Changes,
        [PipelineMessages.StageChanged] = TimelineKind.Changes,
        [DealCommands.Restored] = TimelineKind.Changes,
        [LeadConversion.ConvertedInto] = TimelineKind.Conversions,
        [LeadConversion.AssignedToContact] = TimelineKind.Conversions,
        [LeadConversion.CreatedFromLead] = TimelineKind.Conversions,
        [LeadConversion.LeadAssigned] = TimelineKind.Conversions,
        [LeadCommands.LinkedToContact] = TimelineKind.Conversions,
        [ContactMerge.Merged] = TimelineKind.Conversions,
        [ContactMerge.MergedInto] = TimelineKind.Conversions,

        // What a conversion carried over: the lines say how many notes, files, tasks, activities, reminders arrived.
        [NoteMessages.Arrived] = TimelineKind.Conversions,
        [FileMessages.Arrived] = TimelineKind.Conversions,
        [TaskMessages.Arrived] = TimelineKind.Conversions,
        [ActivityMessages.Arrived] = TimelineKind.Conversions,
        [ReminderMessages.Arrived] = TimelineKind.Conversions,
        [FileMessages.Uploaded] = TimelineKind.Files,
        [FileMessages.Deleted] = TimelineKind.Files,
        [TaskAutomation.AutomationTaskCreated] = TimelineKind.Automation,
        [Imported] = TimelineKind.Imports,
    };

    /// <summary>The filter's choices, in the order the page offers them.</summary>
    public static IReadOnlyList<TimelineKind> All { get; } = Enum.GetValues<TimelineKind>();

    public static TimelineKind Of(string action) => ByAction.TryGetValue(action, out var kind) ? kind : TimelineKind.Changes;

    /// <summary>The action codes of one kind (for an IN list in SQL).</summary>
    public static IReadOnlyList<string> ActionsOf(TimelineKind kind) => [.. ByAction.Where(p => p.Value == kind).Select(p => p.Key)];

    /// <summary>Every code of another kind than changes: a change is a line whose code is none of these.</summary>
    public static IReadOnlyList<string> NotChanges { get; } = [.. ByAction.Where(p => p.Value != TimelineKind.Changes).Select(p => p.Key)];

    /// <summary>Whether the kind's lines include logged activities (calls, meetings, visits).</summary>
    public static bool IncludesActivities(TimelineKind kind) => kind is TimelineKind.All or TimelineKind.Activities;
}
