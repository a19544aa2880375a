using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads.Configuration;

/// <summary>Admin > Lead statuses: names, colours, meanings, deletes and the order.</summary>
public sealed class LeadStatusAdministrationTests : LeadConfigurationDatabase
{
    [Fact]
    public async Task The_list_shows_the_seeded_statuses_in_order_with_their_resource_keys_and_lead_counts()
    {
        var newId = await IdOfAsync("New");
        await AddLeadAsync(newId);
        await AddLeadAsync(newId, isDeleted: true);

        var list = await ServiceAsync(Admin, s => s.ListAsync(None));

        Assert.Equal(["New", "Not contacted", "In progress", "Proposal sent", "Converted", "Junk"], list.Select(s => s.Name));
        Assert.Equal("LeadStatuses.New", list[0].ResourceKey);
        Assert.Equal(2, list[0].LeadCount);
        Assert.Equal(0, list[1].LeadCount);
    }

    [Fact]
    public async Task A_new_status_goes_to_the_end_of_the_order_with_its_colour_meaning_and_kanban_switch()
    {
        var created = await ServiceAsync(Admin, s => s.CreateAsync(
            new LeadStatusInput { Name = " Spotkanie umówione ", Color = "#AB12CD", Meaning = LeadStatusMeaning.Open, ShowOnKanban = false }, None));

        Assert.True(created.Succeeded);
        var list = await ServiceAsync(Admin, s => s.ListAsync(None));
        var last = list[^1];
        Assert.Equal(new LeadStatusListItem(created.Value, "Spotkanie umówione", null, "#ab12cd", LeadStatusMeaning.Open, false, 0), last);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#1234567")]
    [InlineData("#12345g")]
    [InlineData("")]
    public async Task A_colour_that_is_not_hash_and_six_hex_digits_is_refused(string color)
    {
        var result = await ServiceAsync(Admin, s => s.CreateAsync(new LeadStatusInput { Name = "Colourful", Color = color }, None));

        Assert.Contains(result.Failures, f => f.MessageKey == LeadConfigurationMessages.InvalidColor && f.Field == nameof(LeadStatusInput.Color));
    }

    [Fact]
    public async Task A_name_is_required_and_at_most_its_column_long()
    {
        var blank = await ServiceAsync(Admin, s => s.CreateAsync(new LeadStatusInput { Name = "  " }, None));
        var tooLong = await ServiceAsync(Admin, s => s.CreateAsync(new LeadStatusInput { Name = new string('x', LeadStatus.NameMaxLength + 1) }, None));

        Assert.Contains(blank.Failures, f => f.MessageKey == Messages.Required && f.Field == nameof(LeadStatusInput.Name));
        Assert.Contains(tooLong.Failures, f => f.MessageKey == Messages.TooLong && f.Field == nameof(LeadStatusInput.Name));
    }

    [Fact]
    public async Task A_name_is_unique_without_regard_to_case_also_against_the_english_name_of_a_seeded_status()
    {
        var seeded = await ServiceAsync(Admin, s => s.CreateAsync(new LeadStatusInput { Name = "in PROGRESS" }, None));
        await ServiceAsync(Admin, s => s.CreateAsync(new LeadStatusInput { Name = "Żółta kartka" }, None));
        var accented = await ServiceAsync(Admin, s => s.CreateAsync(new LeadStatusInput { Name = "ŻÓŁTA KARTKA" }, None));

        Assert.Contains(seeded.Failures, f => f.MessageKey == LeadConfigurationMessages.StatusNameTaken && f.Field == nameof(LeadStatusInput.Name));
        Assert.Contains(accented.Failures, f => f.MessageKey == LeadConfigurationMessages.StatusNameTaken);
    }

    [Fact]
    public async Task A_taken_name_is_reported_together_with_a_bad_colour()
    {
        var result = await ServiceAsync(Admin, s => s.CreateAsync(new LeadStatusInput { Name = "Junk", Color = "grey" }, None));

        Assert.Contains(result.Failures, f => f.MessageKey == LeadConfigurationMessages.StatusNameTaken);
        Assert.Contains(result.Failures, f => f.MessageKey == LeadConfigurationMessages.InvalidColor);
    }

    [Fact]
    public async Task Renaming_a_seeded_status_drops_its_resource_key_and_saving_it_unchanged_keeps_it()
    {
        var newId = await IdOfAsync("New");
        var notContactedId = await IdOfAsync("Not contacted");

        var unchanged = await ServiceAsync(Admin, s => s.UpdateAsync(newId, new LeadStatusInput { Name = "New", Color = "#000000" }, None));
        var renamed = await ServiceAsync(Admin, s => s.UpdateAsync(notContactedId, new LeadStatusInput { Name = "Nie kontaktowano", Color = "#6f42c1" }, None));

        Assert.True(unchanged.Succeeded);
        Assert.True(renamed.Succeeded);
        await using var db = Database.Context(Admin);
        var stored = await db.LeadStatuses.AsNoTracking().Where(s => s.Id == newId || s.Id == notContactedId).OrderBy(s => s.Position).ToListAsync();
        Assert.Equal(("New", "LeadStatuses.New", "#000000"), (stored[0].Name, stored[0].ResourceKey, stored[0].Color));
        Assert.Equal(("Nie kontaktowano", (string?)null), (stored[1].Name, stored[1].ResourceKey));
    }

    [Fact]
    public async Task A_status_that_a_lead_carries_even_a_deleted_one_cannot_be_deleted()
    {
        var inProgress = await IdOfAsync("In progress");
        var proposal = await IdOfAsync("Proposal sent");
        await AddLeadAsync(inProgress);
        await AddLeadAsync(proposal, isDeleted: true);

        var live = await ServiceAsync(Admin, s => s.DeleteAsync(inProgress, None));
        var deleted = await ServiceAsync(Admin, s => s.DeleteAsync(proposal, None));

        Assert.Contains(live.Failures, f => f.MessageKey == LeadConfigurationMessages.StatusInUse);
        Assert.Contains(deleted.Failures, f => f.MessageKey == LeadConfigurationMessages.StatusInUse);
        await using var db = Database.Context(Admin);
        Assert.Equal(6, await db.LeadStatuses.CountAsync());
    }

    [Fact]
    public async Task An_unused_status_is_deleted()
    {
        var junk = await IdOfAsync("Junk");

        var result = await ServiceAsync(Admin, s => s.DeleteAsync(junk, None));

        Assert.True(result.Succeeded);
        await using var db = Database.Context(Admin);
        Assert.False(await db.LeadStatuses.AnyAsync(s => s.Id == junk));
    }

    [Fact]
    public async Task The_last_open_status_can_be_neither_deleted_nor_given_another_meaning()
    {
        foreach (var name in new[] { "New", "Not contacted", "In progress" })
        {
            var id = await IdOfAsync(name);
            Assert.True((await ServiceAsync(Admin, s => s.DeleteAsync(id, None))).Succeeded);
        }

        var lastOpen = await IdOfAsync("Proposal sent");

        var deleted = await ServiceAsync(Admin, s => s.DeleteAsync(lastOpen, None));
        var junked = await ServiceAsync(Admin, s => s.UpdateAsync(lastOpen, new LeadStatusInput { Name = "Proposal sent", Color = "#20c997", Meaning = LeadStatusMeaning.Junk }, None));

        Assert.Contains(deleted.Failures, f => f.MessageKey == LeadConfigurationMessages.LastOpenStatus);
        Assert.Contains(junked.Failures, f => f.MessageKey == LeadConfigurationMessages.LastOpenStatus && f.Field == nameof(LeadStatusInput.Meaning));
        await using var db = Database.Context(Admin);
        Assert.Equal(LeadStatusMeaning.Open, await db.LeadStatuses.Where(s => s.Id == lastOpen).Select(s => s.Meaning).SingleAsync());
    }

    [Fact]
    public async Task The_last_converted_status_stays_until_another_one_is_converted()
    {
        var converted = await IdOfAsync("Converted");

        var refused = await ServiceAsync(Admin, s => s.DeleteAsync(converted, None));
        var other = await ServiceAsync(Admin, s => s.CreateAsync(new LeadStatusInput { Name = "Won over", Meaning = LeadStatusMeaning.Converted }, None));
        var allowed = await ServiceAsync(Admin, s => s.DeleteAsync(converted, None));

        Assert.Contains(refused.Failures, f => f.MessageKey == LeadConfigurationMessages.LastConvertedStatus);
        Assert.True(other.Succeeded);
        Assert.True(allowed.Succeeded);
    }

    [Fact]
    public async Task Reordering_rewrites_every_position_from_the_full_list_of_ids()
    {
        var ids = (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id).ToList();
        int[] reversed = [.. Enumerable.Reverse(ids)];

        var result = await ServiceAsync(Admin, s => s.ReorderAsync(reversed, None));

        Assert.True(result.Succeeded);
        Assert.Equal(reversed, (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id));
        await using var db = Database.Context(Admin);
        Assert.Equal([0, 1, 2, 3, 4, 5], await db.LeadStatuses.OrderBy(s => s.Position).Select(s => s.Position).ToListAsync());
    }

    [Fact]
    public async Task A_reorder_list_that_misses_repeats_or_invents_an_id_changes_nothing()
    {
        var ids = (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id).ToList();

        var missing = await ServiceAsync(Admin, s => s.ReorderAsync([.. ids.Skip(1)], None));
        var repeated = await ServiceAsync(Admin, s => s.ReorderAsync([.. ids.Skip(1), ids[1]], None));
        var invented = await ServiceAsync(Admin, s => s.ReorderAsync([.. ids.Skip(1), 987654], None));

        Assert.All([missing, repeated, invented], r => Assert.Contains(r.Failures, f => f.MessageKey == LeadConfigurationMessages.StatusOrderOutdated));
        Assert.Equal(ids, (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id));
    }

    [Fact]
    public async Task Moving_a_status_up_or_down_swaps_it_with_its_neighbour_and_stops_at_the_ends()
    {
        var ids = (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id).ToList();

        await ServiceAsync(Admin, s => s.MoveAsync(ids[2], -1, None));
        await ServiceAsync(Admin, s => s.MoveAsync(ids[0], 1, None));
        var atTop = await ServiceAsync(Admin, s => s.MoveAsync(ids[2], -1, None));

        Assert.True(atTop.Succeeded);
        Assert.Equal([ids[2], ids[0], ids[1], ids[3], ids[4], ids[5]], (await ServiceAsync(Admin, s => s.ListAsync(None))).Select(s => s.Id));
    }

    [Fact]
    public async Task Only_an_admin_administers_statuses()
    {
        var newId = await IdOfAsync("New");

        var list = await ServiceAsync(Manager, s => s.ListAsync(None));
        var created = await ServiceAsync(Manager, s => s.CreateAsync(new LeadStatusInput { Name = "Sneaky" }, None));
        var edited = await ServiceAsync(Manager, s => s.UpdateAsync(newId, new LeadStatusInput { Name = "Sneaky" }, None));
        var deleted = await ServiceAsync(Manager, s => s.DeleteAsync(newId, None));
        var reordered = await ServiceAsync(Manager, s => s.MoveAsync(newId, 1, None));

        Assert.Empty(list);
        Assert.All([created.IsNotFound, edited.IsNotFound, deleted.IsNotFound, reordered.IsNotFound], Assert.True);
        await using var db = Database.Context(Admin);
        var stored = await db.LeadStatuses.AsNoTracking().SingleAsync(s => s.Id == newId);
        Assert.Equal(("New", 0), (stored.Name, stored.Position));
        Assert.Equal(6, await db.LeadStatuses.CountAsync());
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var db = Database.Context(Admin);
        return await db.LeadStatuses.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }

    private async Task<T> ServiceAsync<T>(TestUser user, Func<LeadStatusAdministration, Task<T>> action)
    {
        await using var db = Database.Context(user);
        return await action(new LeadStatusAdministration(db, user));
    }
}
