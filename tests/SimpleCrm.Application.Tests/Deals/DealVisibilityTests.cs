using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>Who sees which deal: managers all; a rep their own deals and every deal of a contact they may see.</summary>
public sealed class DealVisibilityTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-visibility-admin");

    [Fact]
    public async Task A_rep_sees_deals_they_own_and_deals_of_their_contacts_but_not_others()
    {
        var rep = await database.AddUserAsync("deal-visibility-rep");
        var colleague = await database.AddUserAsync("deal-visibility-colleague");
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Visibility"));
        int repsContact, othersContact;
        await using (var seed = database.Context(new SystemUser()))
        {
            repsContact = (await ContactRows.AddAsync(seed, 1, "Repa", rep))[0];
            othersContact = (await ContactRows.AddAsync(seed, 1, "Obca", colleague))[0];
        }

        var ofRepsContact = await database.AddDealAsync(stages[0].Id, repsContact, "A");
        var ownedOnOthersContact = await database.AddDealAsync(stages[0].Id, othersContact, "B");
        var hidden = await database.AddDealAsync(stages[0].Id, othersContact, "C");
        await using (var db = database.Context(new SystemUser()))
        {
            await db.Deals.Where(d => d.Id == ownedOnOthersContact).ExecuteUpdateAsync(u => u.SetProperty(d => d.ResponsibleUserId, rep));
            await db.Deals.Where(d => d.Id == hidden).ExecuteUpdateAsync(u => u.SetProperty(d => d.ResponsibleUserId, colleague));
        }

        await using var check = database.Context(new SystemUser());
        var ids = new[] { ofRepsContact, ownedOnOthersContact, hidden };
        var seenByRep = await check.Deals.VisibleTo(TestUser.SalesRep(rep)).Where(d => ids.Contains(d.Id)).Select(d => d.Id).OrderBy(id => id).ToListAsync();
        var seenByManager = await check.Deals.VisibleTo(TestUser.Manager("deal-visibility-manager")).Where(d => ids.Contains(d.Id)).CountAsync();
        Assert.Equal([ofRepsContact, ownedOnOthersContact], seenByRep);
        Assert.Equal(3, seenByManager);
        Assert.Empty(await check.Deals.VisibleTo(new TestUser(null, Users.Roles.SalesRep)).Where(d => ids.Contains(d.Id)).ToListAsync());
    }
}
