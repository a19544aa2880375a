using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Activities;

/// <summary>Shortcuts of the activity tests: log one through the real command.</summary>
internal static class ActivityScene
{
    public static async Task<int> LogAsync(this TestDatabase database, ICurrentUser user, RecordRef record, string outcome, ActivityType type = ActivityType.Call, Action<ActivityInput>? more = null)
    {
        var input = new ActivityInput { Type = type, Outcome = outcome };
        more?.Invoke(input);
        await using var db = database.Context(user);
        var result = await database.ActivityCommands(db, user).LogAsync(record, input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }
}
