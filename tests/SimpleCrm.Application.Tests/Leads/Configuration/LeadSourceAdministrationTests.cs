using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads.Configuration;

/// <summary>Admin > Lead sources: names, retiring, deletes and the order.</summary>
public sealed class LeadSourceAdministrationTests : LeadConfigurationDatabase
{
    private static readonly string[] SeededNames = ["Fair", "Website", "Referral", "Phone call", "Web form", "Import", "Other"];

    [Fact]
    public async Task The_list_shows_the_seeded_sources_in_order_and_a_new_one_goes_last_and_active()
    {
        var created = await ServiceAsync(Admin, s => s.CreateAsync(new LeadSourceInput { Name = " Targi Poznań " }, None));

        var list = await ServiceAsync(Admin, s => s.ListAsync(None));

        Assert.Equal([.. SeededNames, "Targi Poznań"], list.Select(s => s.Name));
        Assert.Equal(new LeadSourceListItem(created.Value, "Targi Poznań", null, true, 0), list[^1]);
        Assert.Equal("LeadSources.Fair", list[0].ResourceKey);
    }

    [Fact]
    public async Task A_name_is_required_short_enough_and_unique_without_regard_to_case()
    {
        var blank = await ServiceAsync(Admin, s => s.CreateAsync(new LeadSourceInput { Name = "" }, None));
        var tooLong = await ServiceAsync(Admin, s => s.CreateAsync(new LeadSourceInput { Name = new string('x', LeadSource.NameMaxLength + 1) }, None));
        var taken = await ServiceAsync(Admin, s => s.CreateAsync(new LeadSourceInput { Name = "WEB FORM" }, None));

        Assert.Contains(blank.Failures, f => f.MessageKey == Messages.Required && f.Field == nameof(LeadSourceInput.Name));
        Assert.Contains(tooLong.Failures, f => f.MessageKey == Messages.TooLong);
        Assert.Contains(taken.Failures, f => f.MessageKey == LeadConfigurationMessages.SourceNameTaken && f.Field == nameof(LeadSourceInput.Name));
    }

    [Fact]
    public async Task Renaming_a_seeded_source_drops_its_resource_key_and_recasing_another_name_onto_it_is_refused()
    {
        var fair = await IdOfAsync("Fair");

        var renamed = await ServiceAsync(Admin, s => s.RenameAsync(fair, new LeadSourceInput { Name = "Targi" }, None));
        var clash = await ServiceAsync(Admin, s => s.RenameAsync(fair, new LeadSourceInput { Name = "referral" }, None));

        Assert.True(renamed.Succeeded);
        Assert.Contains(clash.Failures, f => f.MessageKey == LeadConfigurationMessages.SourceNameTaken);
        await using var db = Database.Context(Admin);
        var stored = await db.LeadSources.AsNoTracking().SingleAsync(s => s.Id == fair);
        Assert.Equal(("Targi", (string?)null), (stored.Name, stored.ResourceKey));
    }

    [Fact]
    public async Task A_retired_source_stays_listed_inactive_and_can_be_reactivated()
    {
        var import = await IdOfAsync("Import");

        var retired = await ServiceAsync(Admin, s => s.SetActiveAsync(import, false, None));
        var whileRetired = (await ServiceAsync(Admin, s => s.ListAsync(None))).Single(s => s.Id == import);
        var reactivated = await ServiceAsync(Admin, s => s.SetActiveAsync(import, true, None));

        Assert.True(retired.Succeeded && reactivated.Succeeded);
        Assert.False(whileRetired.IsActive);
        Assert.True((await ServiceAsync(Admin, s => s.ListAsync(None))).Single(s => s.Id == import).IsActive);
    }

    [Fact]
    public async Task The_last_active_source_can_be_neither_retired_nor_deleted()
    {
        var ids = (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id).ToList();
        foreach (var id in ids.Skip(1))
        {
            Assert.True((await ServiceAsync(Admin, s => s.SetActiveAsync(id, false, None))).Succeeded);
        }

        var retired = await ServiceAsync(Admin, s => s.SetActiveAsync(ids[0], false, None));
        var deleted = await ServiceAsync(Admin, s => s.DeleteAsync(ids[0], None));

        Assert.Contains(retired.Failures, f => f.MessageKey == LeadConfigurationMessages.LastActiveSource);
        Assert.Contains(deleted.Failures, f => f.MessageKey == LeadConfigurationMessages.LastActiveSource);
        await using var db = Database.Context(Admin);
        Assert.True(await db.LeadSources.Where(s => s.Id == ids[0]).Select(s => s.IsActive).SingleAsync());
    }

    [Fact]
    public async Task A_source_that_a_lead_carries_even_a_deleted_one_cannot_be_deleted_and_an_unused_one_can()
    {
        var website = await IdOfAsync("Website");
        var referral = await IdOfAsync("Referral");
        var other = await IdOfAsync("Other");
        await AddLeadAsync(sourceId: website);
        await AddLeadAsync(sourceId: referral, isDeleted: true);

        var live = await ServiceAsync(Admin, s => s.DeleteAsync(website, None));
        var deleted = await ServiceAsync(Admin, s => s.DeleteAsync(referral, None));
        var unused = await ServiceAsync(Admin, s => s.DeleteAsync(other, None));

        Assert.Contains(live.Failures, f => f.MessageKey == LeadConfigurationMessages.SourceInUse);
        Assert.Contains(deleted.Failures, f => f.MessageKey == LeadConfigurationMessages.SourceInUse);
        Assert.True(unused.Succeeded);
        await using var db = Database.Context(Admin);
        Assert.Equal([.. SeededNames.Where(n => n != "Other")], await db.LeadSources.OrderBy(s => s.Position).Select(s => s.Name).ToListAsync());
    }

    [Fact]
    public async Task Reordering_takes_the_full_list_of_ids_and_refuses_any_other()
    {
        var ids = (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id).ToList();
        int[] rotated = [.. ids.Skip(1), ids[0]];

        var refused = await ServiceAsync(Admin, s => s.ReorderAsync([.. ids.Skip(1)], None));
        var order = (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id).ToList();
        var result = await ServiceAsync(Admin, s => s.ReorderAsync(rotated, None));

        Assert.Contains(refused.Failures, f => f.MessageKey == LeadConfigurationMessages.SourceOrderOutdated);
        Assert.Equal(ids, order);
        Assert.True(result.Succeeded);
        Assert.Equal(rotated, (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id));
    }

    [Fact]
    public async Task Moving_a_source_down_swaps_it_with_the_next_one()
    {
        var ids = (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id).ToList();

        await ServiceAsync(Admin, s => s.MoveAsync(ids[0], 1, None));

        Assert.Equal([ids[1], ids[0], .. ids.Skip(2)], (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id));
    }

    [Fact]
    public async Task Only_an_admin_administers_sources()
    {
        var fair = await IdOfAsync("Fair");

        var list = await ServiceAsync(Manager, s => s.ListAsync(None));
        var created = await ServiceAsync(Manager, s => s.CreateAsync(new LeadSourceInput { Name = "Sneaky" }, None));
        var renamed = await ServiceAsync(Manager, s => s.RenameAsync(fair, new LeadSourceInput { Name = "Sneaky" }, None));
        var retired = await ServiceAsync(Manager, s => s.SetActiveAsync(fair, false, None));
        var deleted = await ServiceAsync(Manager, s => s.DeleteAsync(fair, None));

        Assert.Empty(list);
        Assert.All([created.IsNotFound, renamed.IsNotFound, retired.IsNotFound, deleted.IsNotFound], Assert.True);
        await using var db = Database.Context(Admin);
        var stored = await db.LeadSources.AsNoTracking().SingleAsync(s => s.Id == fair);
        Assert.Equal(("Fair", true), (stored.Name, stored.IsActive));
        Assert.Equal(7, await db.LeadSources.CountAsync());
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var db = Database.Context(Admin);
        return await db.LeadSources.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }

    private async Task<T> ServiceAsync<T>(TestUser user, Func<LeadSourceAdministration, Task<T>> action)
    {
        await using var db = Database.Context(user);
        return await action(new LeadSourceAdministration(db, user));
    }
}
