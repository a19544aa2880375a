using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Activities;

/// <summary>Calls, meetings and visits on leads and contacts: who may log, edit and delete them, what is refused, and where they go on conversion.</summary>
public sealed class ActivityCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Logging_a_call_saves_it_with_its_author_and_now_as_its_time_when_none_is_given()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("activity-author"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Żurawie Gdańsk"));

        var id = await database.LogAsync(rep, lead, "  Umówione demo  ", ActivityType.Call, i =>
        {
            i.DurationMinutes = 15;
            i.Text = "Klient pyta o ceny hurtowe.";
        });

        await using var check = database.Context(rep);
        var activity = await check.Activities.SingleAsync(a => a.Id == id);
        Assert.Equal((lead.Type, lead.Id), (activity.RecordType, activity.RecordId));
        Assert.Equal(ActivityType.Call, activity.Type);
        Assert.Equal(database.Clock.Now.UtcDateTime, activity.At);
        Assert.Equal(15, activity.DurationMinutes);
        Assert.Equal("Umówione demo", activity.Outcome);
        Assert.Equal("Klient pyta o ceny hurtowe.", activity.Text);
        Assert.Equal(rep.UserId, activity.CreatedById);
        // The activity is its own line on the timeline: logging it writes no second one into the history.
        Assert.False(await check.History.AnyAsync(h => h.RecordType == lead.Type && h.RecordId == lead.Id && h.Action.StartsWith("Activit")));
    }

    [Fact]
    public async Task The_time_given_in_the_apps_zone_is_stored_as_utc()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("activity-zone"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Strefa czasowa"));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Plus two", TimeSpan.FromHours(2), "Plus two", "Plus two");
        database.Clock.Zone = zone;
        try
        {
            var id = await database.LogAsync(rep, lead, "Spotkanie rano", ActivityType.Meeting, i => i.At = new DateTime(2026, 11, 20, 10, 30, 0));

            await using var check = database.Context(rep);
            Assert.Equal(new DateTime(2026, 11, 20, 8, 30, 0), (await check.Activities.SingleAsync(a => a.Id == id)).At);
            Assert.Equal(new DateTime(2026, 11, 20, 10, 30, 0), (await database.ActivityQueries(check, rep).GetForEditAsync(id, None))!.Input.At);
        }
        finally
        {
            database.Clock.Zone = TimeZoneInfo.Utc;
        }
    }

    public static TheoryData<string, Action<ActivityInput>, string> Refusals => new()
    {
        { nameof(ActivityInput.Type), i => i.Type = null, Messages.Required },
        { nameof(ActivityInput.Type), i => i.Type = (ActivityType)99, Messages.Required },
        { nameof(ActivityInput.DurationMinutes), i => i.DurationMinutes = -1, ActivityMessages.DurationOutOfRange },
        { nameof(ActivityInput.DurationMinutes), i => i.DurationMinutes = Activity.MaxDurationMinutes + 1, ActivityMessages.DurationOutOfRange },
        { nameof(ActivityInput.At), i => i.At = new DateTime(2027, 11, 24, 9, 1, 0), ActivityMessages.TooFarAhead },
        { nameof(ActivityInput.Outcome), i => i.Outcome = new string('ł', Activity.OutcomeMaxLength + 1), Messages.TooLong },
        { nameof(ActivityInput.Text), i => i.Text = new string('ś', Activity.TextMaxLength + 1), Messages.TooLong },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_field_is_refused_on_that_field_and_nothing_is_saved(string field, Action<ActivityInput> spoil, string messageKey)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("activity-bad-" + Guid.NewGuid().ToString("N")[..6]));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Złe dane"));
        var input = new ActivityInput { Type = ActivityType.Visit, Outcome = "Wizyta" };
        spoil(input);

        await using var db = database.Context(rep);
        var result = await database.ActivityCommands(db, rep).LogAsync(lead, input, None);

        Assert.Equal(new Failure(messageKey, field), Assert.Single(result.Failures));
        Assert.Equal(0, await ActivitiesOfAsync(lead));
    }

    [Fact]
    public async Task The_limits_themselves_are_accepted_a_whole_day_and_exactly_a_year_ahead()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("activity-limits"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Granice"));

        await database.LogAsync(rep, lead, "Całodniowe szkolenie", ActivityType.Meeting, i =>
        {
            i.DurationMinutes = Activity.MaxDurationMinutes;
            i.At = database.Clock.Now.UtcDateTime.AddYears(1);
            i.Outcome = new string('o', Activity.OutcomeMaxLength);
        });
        await database.LogAsync(rep, lead, "Nieodebrane", ActivityType.Call, i => i.DurationMinutes = 0);

        Assert.Equal(2, await ActivitiesOfAsync(lead));
    }

    [Fact]
    public async Task A_sales_rep_can_neither_log_edit_nor_delete_activities_on_another_reps_lead()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("activity-owner"));
        var intruder = TestUser.SalesRep(await database.AddUserAsync("activity-intruder"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Cudzy lead"));
        var id = await database.LogAsync(owner, lead, "Rozmowa właściciela");

        await using var db = database.Context(intruder);
        var commands = database.ActivityCommands(db, intruder);
        var logged = await commands.LogAsync(lead, new ActivityInput { Type = ActivityType.Call, Outcome = "Podrzucony" }, None);
        var edited = await commands.UpdateAsync(id, new ActivityInput { Type = ActivityType.Call, Outcome = "Zmieniony" }, None);
        var deleted = await commands.DeleteAsync(id, None);

        Assert.True(logged.IsNotFound);
        Assert.True(edited.IsNotFound);
        Assert.True(deleted.IsNotFound);
        Assert.Null(await database.ActivityQueries(db, intruder).GetForEditAsync(id, None));
        await using var check = database.Context(owner);
        Assert.Equal("Rozmowa właściciela", (await check.Activities.SingleAsync(a => a.Id == id)).Outcome);
        Assert.Equal(1, await ActivitiesOfAsync(lead));
    }

    [Fact]
    public async Task Only_the_author_edits_an_activity_and_an_edit_leaves_a_history_line()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("activity-editor"));
        var manager = TestUser.Manager(await database.AddUserAsync("activity-manager"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Edycja"));
        var mine = await database.LogAsync(rep, lead, "Pierwsza wersja");
        // The manager sees the rep's lead, so may log on it; the rep still may not touch the manager's activity.
        var managers = await database.LogAsync(manager, lead, "Wizyta kierownika", ActivityType.Visit);

        await using var db = database.Context(rep);
        var commands = database.ActivityCommands(db, rep);
        var own = await commands.UpdateAsync(mine, new ActivityInput { Type = ActivityType.Meeting, Outcome = "Poprawiona", DurationMinutes = 45 }, None);
        var foreign = await commands.UpdateAsync(managers, new ActivityInput { Type = ActivityType.Visit, Outcome = "Przejęta" }, None);
        var foreignDelete = await commands.DeleteAsync(managers, None);

        Assert.True(own.Succeeded);
        Assert.Equal(ActivityMessages.NotYours, Assert.Single(foreign.Failures).MessageKey);
        Assert.Equal(ActivityMessages.NotYours, Assert.Single(foreignDelete.Failures).MessageKey);
        Assert.Null(await database.ActivityQueries(db, rep).GetForEditAsync(managers, None));
        await using var check = database.Context(rep);
        var edited = await check.Activities.SingleAsync(a => a.Id == mine);
        Assert.Equal((ActivityType.Meeting, "Poprawiona", (int?)45), (edited.Type, edited.Outcome, edited.DurationMinutes));
        Assert.Equal("Wizyta kierownika", (await check.Activities.SingleAsync(a => a.Id == managers)).Outcome);
        var line = await check.History.SingleAsync(h => h.RecordType == lead.Type && h.RecordId == lead.Id && h.Action == ActivityMessages.Edited);
        Assert.Equal(("Poprawiona", rep.UserId), (line.Details, line.UserId));
    }

    [Fact]
    public async Task The_author_deletes_their_own_activity_and_an_admin_may_delete_anyones()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("activity-deleter"));
        var admin = TestUser.Admin(await database.AddUserAsync("activity-admin"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Usuwanie"));
        var first = await database.LogAsync(rep, lead, "Do usunięcia przez autora");
        var second = await database.LogAsync(rep, lead, "Do usunięcia przez admina");

        await using (var db = database.Context(rep))
        {
            Assert.Equal(lead, (await database.ActivityCommands(db, rep).DeleteAsync(first, None)).Value);
        }

        await using (var db = database.Context(admin))
        {
            Assert.True((await database.ActivityCommands(db, admin).DeleteAsync(second, None)).Succeeded);
        }

        Assert.Equal(0, await ActivitiesOfAsync(lead));
        await using var check = database.Context(rep);
        var lines = await check.History.Where(h => h.RecordType == lead.Type && h.RecordId == lead.Id && h.Action == ActivityMessages.Deleted)
            .OrderBy(h => h.Id).Select(h => new { h.Details, h.UserId }).ToListAsync();
        Assert.Equal([new { Details = (string?)"Do usunięcia przez autora", UserId = rep.UserId }, new { Details = (string?)"Do usunięcia przez admina", UserId = admin.UserId }], lines);
    }

    [Fact]
    public async Task The_activity_mover_moves_exactly_that_leads_activities_to_the_contact_and_says_so_on_the_contact()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("activity-mover"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Lead do konwersji"));
        var otherLead = RecordRef.Lead(await database.AddLeadAsync(rep, "Inny lead"));
        var contact = RecordRef.Contact(await database.AddContactAsync(rep, ContactInputBuilder.APerson("Nowa", "Klientka").Build()));
        await database.LogAsync(rep, lead, "Pierwsza rozmowa");
        await database.LogAsync(rep, lead, "Spotkanie", ActivityType.Meeting);
        await database.LogAsync(rep, otherLead, "Zostaje");

        await using (var db = database.Context(rep))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new ActivityMover(db, rep, database.Clock).MoveAsync(lead, contact, None);
            await transaction.CommitAsync();
        }

        Assert.Equal(0, await ActivitiesOfAsync(lead));
        Assert.Equal(2, await ActivitiesOfAsync(contact));
        Assert.Equal(1, await ActivitiesOfAsync(otherLead));
        await using var check = database.Context(rep);
        var arrived = await check.History.SingleAsync(h => h.RecordType == contact.Type && h.RecordId == contact.Id && h.Action == ActivityMessages.Arrived);
        Assert.Equal("2", arrived.Details);
    }

    private async Task<int> ActivitiesOfAsync(RecordRef record)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Activities.CountAsync(a => a.RecordType == record.Type && a.RecordId == record.Id);
    }
}
