using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Pipelines;

public sealed class LostReasonAdministrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("lost-reasons-admin");

    [Fact]
    public async Task Reasons_are_added_last_renamed_reordered_and_archived()
    {
        await using var db = database.Context(Admin);
        var reasons = TestDatabase.LostReasons(db, Admin);
        var first = (await reasons.CreateAsync(new NameInput { Name = "Za drogo" }, CancellationToken.None)).Value;
        var second = (await reasons.CreateAsync(new NameInput { Name = "Cisza" }, CancellationToken.None)).Value;

        var renamed = await reasons.RenameAsync(second, new NameInput { Name = "Brak odpowiedzi" }, CancellationToken.None);
        var moved = await reasons.MoveAsync(second, -1, CancellationToken.None);
        var archived = await reasons.SetArchivedAsync(first, archived: true, CancellationToken.None);

        Assert.True(renamed.Succeeded && moved.Succeeded && archived.Succeeded);
        var list = (await reasons.ListAsync(CancellationToken.None)).Where(r => r.Id == first || r.Id == second);
        Assert.Equal([(second, "Brak odpowiedzi", false), (first, "Za drogo", true)], list.Select(r => (r.Id, r.Name, r.IsArchived)));
    }

    [Fact]
    public async Task A_reason_name_is_unique_without_regard_to_case_and_an_outdated_order_is_refused()
    {
        await using var db = database.Context(Admin);
        var reasons = TestDatabase.LostReasons(db, Admin);
        await reasons.CreateAsync(new NameInput { Name = "Łatwiej u konkurencji" }, CancellationToken.None);

        var taken = await reasons.CreateAsync(new NameInput { Name = "ŁATWIEJ U KONKURENCJI" }, CancellationToken.None);
        var order = await reasons.ReorderAsync([-5], CancellationToken.None);

        Assert.Equal(PipelineMessages.LostReasonNameTaken, Assert.Single(taken.Failures).MessageKey);
        Assert.Equal(PipelineMessages.LostReasonOrderOutdated, Assert.Single(order.Failures).MessageKey);
        Assert.Equal(1, await db.LostReasons.CountAsync(r => r.NameKey == "łatwiej u konkurencji"));
    }
}
