using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Pipelines;

public sealed class PipelineAdministrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("pipelines-admin");

    [Fact]
    public async Task A_new_pipeline_starts_with_the_template_stages_in_order()
    {
        var id = await database.AddPipelineAsync(Admin, "Template check");

        var stages = await database.StagesAsync(id);

        Assert.Equal(["Stages.NewContact", "Stages.Qualified", "Stages.Proposal", "Stages.Negotiation", "Stages.Won", "Stages.Lost"], stages.Select(s => s.ResourceKey));
        Assert.Equal([StageKind.Open, StageKind.Open, StageKind.Open, StageKind.Open, StageKind.Won, StageKind.Lost], stages.Select(s => s.Kind));
        Assert.Equal([10, 25, 50, 75, 100, 0], stages.Select(s => s.Probability));
        Assert.Equal([0, 1, 2, 3, 4, 5], stages.Select(s => s.Position));
    }

    [Fact]
    public async Task A_pipeline_name_is_unique_without_regard_to_case_diacritics_included()
    {
        await database.AddPipelineAsync(Admin, "Żółty lejek");
        await using var db = database.Context(Admin);
        var pipelines = TestDatabase.Pipelines(db, Admin);

        var same = await pipelines.CreateAsync(new NameInput { Name = "  ŻÓŁTY LEJEK " }, CancellationToken.None);
        var empty = await pipelines.CreateAsync(new NameInput { Name = "  " }, CancellationToken.None);

        Assert.Equal(PipelineMessages.NameTaken, Assert.Single(same.Failures).MessageKey);
        Assert.Equal(Messages.Required, Assert.Single(empty.Failures).MessageKey);
        Assert.Equal(1, await db.Pipelines.CountAsync(p => p.NameKey == "żółty lejek"));
    }

    [Fact]
    public async Task Renaming_drops_the_seeded_key_and_refuses_another_pipelines_name()
    {
        var sales = new Pipeline { Name = "Sales", NameKey = "sales", ResourceKey = "Pipelines.Sales", Position = 99 };
        await using (var seed = database.Context(new SystemUser()))
        {
            seed.Pipelines.Add(sales);
            await seed.SaveChangesAsync();
        }

        var other = await database.AddPipelineAsync(Admin, "Rename other");
        await using var db = database.Context(Admin);
        var pipelines = TestDatabase.Pipelines(db, Admin);

        var taken = await pipelines.RenameAsync(other, new NameInput { Name = "sales" }, CancellationToken.None);
        var renamed = await pipelines.RenameAsync(sales.Id, new NameInput { Name = "Sprzedaż" }, CancellationToken.None);

        Assert.Equal(PipelineMessages.NameTaken, Assert.Single(taken.Failures).MessageKey);
        Assert.True(renamed.Succeeded);
        var saved = await db.Pipelines.AsNoTracking().SingleAsync(p => p.Id == sales.Id);
        Assert.Equal(("Sprzedaż", (string?)null), (saved.Name, saved.ResourceKey));
    }

    [Fact]
    public async Task Archiving_and_restoring_a_pipeline_moves_it_to_the_end_of_the_list_and_back()
    {
        var id = await database.AddPipelineAsync(Admin, "Archive me");
        await using var db = database.Context(Admin);
        var pipelines = TestDatabase.Pipelines(db, Admin);

        await pipelines.SetArchivedAsync(id, archived: true, CancellationToken.None);
        var archived = await pipelines.ListAsync(CancellationToken.None);
        await pipelines.SetArchivedAsync(id, archived: false, CancellationToken.None);
        var restored = await pipelines.ListAsync(CancellationToken.None);

        Assert.True(archived[^1].Id == id && archived[^1].IsArchived);
        Assert.Equal(6, archived[^1].StageCount);
        Assert.False(restored.Single(p => p.Id == id).IsArchived);
    }

    [Fact]
    public async Task A_manager_or_sales_rep_can_neither_see_nor_change_pipelines()
    {
        var id = await database.AddPipelineAsync(Admin, "Admins only");
        foreach (var user in new[] { TestUser.Manager("pipelines-manager"), TestUser.SalesRep("pipelines-rep") })
        {
            await using var db = database.Context(user);
            var pipelines = TestDatabase.Pipelines(db, user);

            Assert.Empty(await pipelines.ListAsync(CancellationToken.None));
            Assert.True((await pipelines.GetAsync(id, CancellationToken.None)).IsNotFound);
            Assert.True((await pipelines.CreateAsync(new NameInput { Name = "Sneaky " + user.UserId }, CancellationToken.None)).IsNotFound);
            Assert.True((await pipelines.RenameAsync(id, new NameInput { Name = "Sneaky" }, CancellationToken.None)).IsNotFound);
            Assert.True((await pipelines.SetArchivedAsync(id, archived: true, CancellationToken.None)).IsNotFound);
            Assert.True((await database.Stages(db, user).AddAsync(id, new StageInput { Name = "Sneaky" }, CancellationToken.None)).IsNotFound);
            Assert.True((await TestDatabase.LostReasons(db, user).CreateAsync(new NameInput { Name = "Sneaky" }, CancellationToken.None)).IsNotFound);
        }
    }
}
