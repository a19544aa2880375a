using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>Shortcuts of the deal command tests: the services as the web app builds them, a lost reason through the admin service.</summary>
internal static class DealScene
{
    public static DealCommands DealCommands(this TestDatabase database, CrmDbContext db, ICurrentUser user) =>
        new(db, user, new DealValidator(db), database.CustomFieldEditor(db, user), database.DealStageChange(db, user), database.Clock);

    public static DealQueries DealQueries(this TestDatabase database, CrmDbContext db, ICurrentUser user) => new(db, user, database.Clock);

    public static async Task<int> AddLostReasonAsync(this TestDatabase database, TestUser admin, string name)
    {
        await using var db = database.Context(admin);
        var result = await TestDatabase.LostReasons(db, admin).CreateAsync(new NameInput { Name = name }, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }
}
