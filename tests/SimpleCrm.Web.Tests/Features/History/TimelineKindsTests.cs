using SimpleCrm.Application.History;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.History;

/// <summary>
/// The timeline's type filter knows every history action: each action the code base writes has a
/// text "History.{Action}" (or a variant such as "History.{Action}.None") for the timeline to show, so every such key
/// names an action that <see cref="TimelineKinds"/> must map.
/// </summary>
public sealed class TimelineKindsTests
{
    /// <summary>History keys that are labels of the card, not action codes.</summary>
    private static readonly string[] Labels = ["History.Title", "History.None", "History.NoneOnLead", "History.NoneOnDeal", "History.OfLead", "History.OfContact", "History.OfDeal", "History.BackToContact"];

    [Fact]
    public void Every_action_with_a_timeline_text_is_mapped_to_a_kind()
    {
        var actions = ResourceFile.Load(ResourceFile.PathFor(null)).Keys
            .Where(k => k.StartsWith("History.", StringComparison.Ordinal) && !k.StartsWith("History.Field.", StringComparison.Ordinal) && !Labels.Contains(k))
            .Select(k => k["History.".Length..].Split('.')[0]) // "History.{Action}" or a variant of its text, "History.{Action}.None"
            .Distinct()
            .ToList();

        var unmapped = actions.Where(a => !TimelineKinds.ByAction.ContainsKey(a)).ToList();

        Assert.Contains("NoteAdded", actions);
        Assert.Contains("ActivityEdited", actions);
        Assert.Contains("RemindersArrived", actions);
        Assert.True(unmapped.Count == 0, "Not in TimelineKinds.ByAction: " + string.Join(", ", unmapped));
    }

    [Theory]
    [InlineData("TaskDone", TimelineKind.Tasks)]
    [InlineData("EmailSent", TimelineKind.Emails)]
    [InlineData("FieldChanged", TimelineKind.Changes)]
    [InlineData("TagsAdded", TimelineKind.Changes)]
    [InlineData("MergedInto", TimelineKind.Conversions)]
    [InlineData("FileUploaded", TimelineKind.Files)]
    [InlineData("AutomationTaskCreated", TimelineKind.Automation)]
    [InlineData("SomethingNobodyMappedYet", TimelineKind.Changes)]
    public void An_action_falls_into_its_kind_and_an_unknown_one_into_changes(string action, TimelineKind kind) =>
        Assert.Equal(kind, TimelineKinds.Of(action));

    [Fact]
    public void Every_kind_but_all_has_actions_and_no_other_kind_claims_a_change()
    {
        var empty = TimelineKinds.All.Where(k => k != TimelineKind.All && TimelineKinds.ActionsOf(k).Count == 0).ToList();

        Assert.Empty(empty);
        Assert.DoesNotContain(TimelineKinds.NotChanges, a => TimelineKinds.Of(a) == TimelineKind.Changes);
    }
}
