using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Pipelines;

/// <summary>"Never two open deals with the same label for one contact in one pipeline", as the database itself enforces it.</summary>
public sealed class DealOpenLabelIndexTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-index-admin");

    [Fact]
    public async Task A_second_open_deal_with_the_same_label_for_the_contact_in_the_pipeline_is_refused()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Index twice"));
        var contact = await database.AddContactAsync("Dwukrotna");
        await database.AddDealAsync(stages[0].Id, contact, "Licencja CRM");

        await Assert.ThrowsAsync<DbUpdateException>(() => database.AddDealAsync(stages[1].Id, contact, "  LICENCJA crm "));

        await using var db = database.Context(new SystemUser());
        Assert.Equal(1, await db.Deals.CountAsync(d => d.ContactId == contact));
    }

    [Fact]
    public async Task Once_the_first_deal_is_won_a_new_open_deal_with_that_label_is_allowed()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Index won"));
        var contact = await database.AddContactAsync("Wygrana");
        var first = await database.AddDealAsync(stages[0].Id, contact, "Wdrożenie");
        await using (var db = database.Context(new SystemUser()))
        {
            var deal = await db.Deals.SingleAsync(d => d.Id == first);
            deal.EnterStage(stages.Single(s => s.Kind == StageKind.Won), database.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var second = await database.AddDealAsync(stages[0].Id, contact, "Wdrożenie");

        await using var check = database.Context(new SystemUser());
        var deals = await check.Deals.Where(d => d.ContactId == contact).OrderBy(d => d.Id).ToListAsync();
        Assert.Equal([(first, false), (second, true)], deals.Select(d => (d.Id, d.IsOpen)));
        Assert.NotNull(deals[0].ClosedAt);
    }

    [Fact]
    public async Task The_same_label_is_allowed_under_another_label_in_another_pipeline_and_beside_a_deleted_deal()
    {
        var first = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Index first"));
        var second = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Index second"));
        var contact = await database.AddContactAsync("Wielokrotna");
        await database.AddDealAsync(first[0].Id, contact, "Serwis", deleted: true);

        await database.AddDealAsync(first[0].Id, contact, "Serwis");
        await database.AddDealAsync(first[0].Id, contact, "Szkolenie");
        await database.AddDealAsync(second[0].Id, contact, "Serwis");

        await using var db = database.Context(new SystemUser());
        Assert.Equal(4, await db.Deals.IgnoreQueryFilters().CountAsync(d => d.ContactId == contact));
    }
}
