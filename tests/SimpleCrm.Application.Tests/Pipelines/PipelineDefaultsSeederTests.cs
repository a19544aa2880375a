using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Pipelines;

public sealed class PipelineDefaultsSeederTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_seeder_adds_the_sales_pipeline_with_the_template_stages_and_the_lost_reasons_once()
    {
        await using var db = database.Context(new SystemUser());

        await PipelineDefaultsSeeder.EnsureAsync(db, CancellationToken.None);
        await PipelineDefaultsSeeder.EnsureAsync(db, CancellationToken.None);

        var sales = await db.Pipelines.Include(p => p.Stages).SingleAsync();
        Assert.Equal(("Sales", "Pipelines.Sales"), (sales.Name, sales.ResourceKey));
        Assert.Equal(PipelineDefaults.Stages.Count, sales.Stages.Count);
        Assert.Equal(PipelineDefaults.LostReasons.Select(r => r.Key), await db.LostReasons.OrderBy(r => r.Position).Select(r => r.ResourceKey).ToListAsync());
    }
}
