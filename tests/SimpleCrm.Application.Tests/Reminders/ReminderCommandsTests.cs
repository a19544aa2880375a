using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Tests.Tasks;

namespace SimpleCrm.Application.Tests.Reminders;

/// <summary>Setting, cancelling and opening reminders: who may set one on what and for whom, what is saved, read and unread.</summary>
public sealed class ReminderCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_rep_sets_a_reminder_on_their_lead_for_themselves_stored_in_utc_with_a_ReminderSet_line_in_the_lead_history()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-author"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Przypomnij Sp. z o.o."));
        database.Clock.Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        try
        {
            var id = await database.AddReminderAsync(rep, lead, "  Zadzwonić w sprawie oferty  ", new DateTime(2026, 11, 27, 14, 30, 0));

            await using var db = database.Context(rep);
            var reminder = await db.Reminders.SingleAsync(r => r.Id == id);
            Assert.Equal(("Zadzwonić w sprawie oferty", rep.UserId, rep.UserId), (reminder.Text, reminder.UserId, reminder.CreatedById));
            Assert.Equal(new DateTime(2026, 11, 27, 13, 30, 0), reminder.DueAt);
            Assert.Equal((HistoryRecordTypes.Lead, lead.Id, "pl"), (reminder.RecordType, reminder.RecordId, reminder.Culture));
            Assert.Null(reminder.DeliveredAt);
            var line = await db.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == lead.Id && h.Action == ReminderMessages.Set);
            Assert.Equal("Zadzwonić w sprawie oferty", line.Details);
        }
        finally
        {
            database.Clock.Zone = TimeZoneInfo.Utc;
        }
    }

    [Fact]
    public async Task A_rep_cannot_set_a_reminder_on_a_lead_they_cannot_see_and_nothing_is_saved()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("rem-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("rem-other"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Cudzy lead"));

        await using var db = database.Context(other);
        var result = await database.ReminderCommands(db, other).CreateAsync(lead, new ReminderInput { Text = "Podglądam", DueAt = database.InMinutes(60) }, "en", None);

        Assert.True(result.IsNotFound);
        Assert.False(await db.Reminders.AnyAsync(r => r.RecordType == lead.Type && r.RecordId == lead.Id));
        Assert.Null(await database.ReminderQueries(db, other).OfTargetAsync(lead, None));
    }

    [Fact]
    public async Task A_rep_cannot_set_a_reminder_for_another_user_even_on_their_own_lead()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-rep-for-other"));
        var colleague = await database.AddUserAsync("rem-colleague");
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Mój lead"));

        await using var db = database.Context(rep);
        var result = await database.ReminderCommands(db, rep).CreateAsync(lead, new ReminderInput { Text = "Dla kolegi", DueAt = database.InMinutes(60), UserId = colleague }, "en", None);

        Assert.Equal(new Failure(ReminderMessages.OnlyForYourself, nameof(ReminderInput.UserId)), Assert.Single(result.Failures));
        Assert.False(await db.Reminders.AnyAsync(r => r.Text == "Dla kolegi"));
        Assert.False(await db.History.AnyAsync(h => h.Action == ReminderMessages.Set && h.Details == "Dla kolegi"));
    }

    [Fact]
    public async Task A_manager_sets_a_reminder_for_an_active_user_but_not_for_an_inactive_one()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("rem-manager"));
        var rep = await database.AddUserAsync("rem-team-rep");
        var gone = await database.AddUserAsync("rem-gone", active: false);
        var lead = RecordRef.Lead(await database.AddLeadAsync(TestUser.SalesRep(rep), "Lead zespołu"));

        var id = await database.AddReminderAsync(manager, lead, "Sprawdź postęp", database.InMinutes(30), rep);
        await using var db = database.Context(manager);
        var refused = await database.ReminderCommands(db, manager).CreateAsync(lead, new ReminderInput { Text = "Do nieobecnego", DueAt = database.InMinutes(30), UserId = gone }, "en", None);

        Assert.Equal((rep, manager.UserId), await db.Reminders.Where(r => r.Id == id).Select(r => ValueTuple.Create(r.UserId, r.CreatedById)).SingleAsync());
        Assert.Equal(new Failure(ReminderMessages.UserInactive, nameof(ReminderInput.UserId)), Assert.Single(refused.Failures));
        Assert.False(await db.Reminders.AnyAsync(r => r.Text == "Do nieobecnego"));
    }

    [Fact]
    public async Task A_manager_cannot_remind_a_rep_of_a_lead_the_rep_cannot_see_and_nothing_is_saved()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("rem-manager-blind"));
        var rep = await database.AddUserAsync("rem-blind-rep");
        var owner = await database.AddUserAsync("rem-blind-owner");
        var othersLead = RecordRef.Lead(await database.AddLeadAsync(TestUser.SalesRep(owner), "Cudzy lead"));

        await using var db = database.Context(manager);
        var refused = await database.ReminderCommands(db, manager).CreateAsync(othersLead, new ReminderInput { Text = "Nie zobaczy", DueAt = database.InMinutes(30), UserId = rep }, "en", None);
        var allowed = await database.ReminderCommands(db, manager).CreateAsync(othersLead, new ReminderInput { Text = "Właściciel zobaczy", DueAt = database.InMinutes(30), UserId = owner }, "en", None);

        Assert.Equal(new Failure(ReminderMessages.UserCannotSee, nameof(ReminderInput.UserId)), Assert.Single(refused.Failures));
        Assert.True(allowed.Succeeded);
        Assert.False(await db.Reminders.AnyAsync(r => r.Text == "Nie zobaczy"));
        Assert.False(await db.History.AnyAsync(h => h.Action == ReminderMessages.Set && h.Details == "Nie zobaczy"));
    }

    [Fact]
    public async Task The_page_lists_the_soonest_pending_reminders_up_to_the_limit_and_says_there_are_more()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-many"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Wiele przypomnień"));
        await using (var db = database.Context(rep))
        {
            var due = database.Clock.Now.UtcDateTime.AddDays(1);
            db.Reminders.AddRange(Enumerable.Range(0, ReminderQueries.PendingLimit + 1).Select(i => new Reminder
            {
                RecordType = lead.Type, RecordId = lead.Id, UserId = rep.UserId!, Text = $"Nr {i}", DueAt = due.AddMinutes(i), CreatedById = rep.UserId,
            }));
            await db.SaveChangesAsync();
        }

        await using var read = database.Context(rep);
        var page = await database.ReminderQueries(read, rep).MineAsync(None);
        var onLead = await database.ReminderQueries(read, rep).OfTargetAsync(lead, None);

        Assert.Equal(ReminderQueries.PendingLimit, page.Pending.Count);
        Assert.True(page.MorePending);
        Assert.Equal(("Nr 0", $"Nr {ReminderQueries.PendingLimit - 1}"), (page.Pending[0].Text, page.Pending[^1].Text));
        Assert.Equal(ReminderQueries.PendingLimit, onLead!.Count);
    }

    public static TheoryData<string?, bool, string, string> Refusals => new()
    {
        { null, true, Messages.Required, nameof(ReminderInput.Text) },
        { "   ", true, Messages.Required, nameof(ReminderInput.Text) },
        { new string('x', Reminder.TextMaxLength + 1), true, Messages.TooLong, nameof(ReminderInput.Text) },
        { "Bez terminu", false, Messages.Required, nameof(ReminderInput.DueAt) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_reminder_is_refused_with_a_message_on_its_field_and_nothing_is_saved(string? text, bool withDue, string key, string field)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-bad-" + Guid.NewGuid().ToString("N")[..6]));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Błędne"));

        await using var db = database.Context(rep);
        var result = await database.ReminderCommands(db, rep).CreateAsync(lead, new ReminderInput { Text = text, DueAt = withDue ? database.InMinutes(5) : null }, "en", None);

        Assert.Equal(new Failure(key, field), Assert.Single(result.Failures));
        Assert.False(await db.Reminders.AnyAsync(r => r.RecordType == lead.Type && r.RecordId == lead.Id));
        Assert.False(await db.History.AnyAsync(h => h.RecordId == lead.Id && h.Action == ReminderMessages.Set));
    }

    [Fact]
    public async Task A_reminder_on_a_task_follows_the_tasks_visibility()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("rem-task-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("rem-task-other"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Lead z zadaniem"));
        var task = ReminderTargets.Task(await database.AddTaskAsync(owner, lead, "Wysłać ofertę"));

        var id = await database.AddReminderAsync(owner, task, "Oferta jutro", database.InMinutes(120));
        await using var db = database.Context(other);
        var refused = await database.ReminderCommands(db, other).CreateAsync(task, new ReminderInput { Text = "Nie moje", DueAt = database.InMinutes(5) }, "en", None);

        Assert.True(refused.IsNotFound);
        Assert.Equal(Reminder.TaskType, (await db.Reminders.SingleAsync(r => r.Id == id)).RecordType);
        await using var mine = database.Context(owner);
        var pending = Assert.Single((await database.ReminderQueries(mine, owner).OfTargetAsync(task, None))!);
        Assert.Equal(("Oferta jutro", "Wysłać ofertę"), (pending.Text, pending.TargetName));
    }

    [Fact]
    public async Task A_pending_reminder_is_cancelled_by_its_author_only_and_a_rung_one_cannot_be_cancelled()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-cancel"));
        var other = TestUser.SalesRep(await database.AddUserAsync("rem-cancel-other"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Do odwołania"));
        var pending = await database.AddReminderAsync(rep, lead, "Odwołam", database.InMinutes(600));
        var rung = await database.AddReminderAsync(rep, lead, "Już zadzwoniło", database.InMinutes(-1));
        await database.DeliverAsync(new RecordingEmailScheduler());

        await using var db = database.Context(other);
        Assert.True((await database.ReminderCommands(db, other).CancelAsync(pending, None)).IsNotFound);
        await using var own = database.Context(rep);
        Assert.True((await database.ReminderCommands(own, rep).CancelAsync(rung, None)).IsNotFound);
        Assert.True((await database.ReminderCommands(own, rep).CancelAsync(pending, None)).Succeeded);

        Assert.Equal([rung], await own.Reminders.Where(r => r.Id == pending || r.Id == rung).Select(r => r.Id).ToListAsync());
    }

    [Fact]
    public async Task A_rung_reminder_is_unread_until_its_user_opens_it_and_only_its_user_can()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-read"));
        var other = TestUser.SalesRep(await database.AddUserAsync("rem-read-other"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Do przeczytania"));
        var first = await database.AddReminderAsync(rep, lead, "Pierwsze", database.InMinutes(-2));
        await database.AddReminderAsync(rep, lead, "Drugie", database.InMinutes(-1));
        await database.AddReminderAsync(rep, lead, "Później", database.InMinutes(600));
        Assert.Equal(0, await database.UnreadAsync(rep));

        await database.DeliverAsync(new RecordingEmailScheduler());
        Assert.Equal(2, await database.UnreadAsync(rep));

        await using (var db = database.Context(other))
        {
            Assert.True((await database.ReminderCommands(db, other).OpenAsync(first, None)).IsNotFound);
        }

        await using (var db = database.Context(rep))
        {
            var opened = await database.ReminderCommands(db, rep).OpenAsync(first, None);
            Assert.Equal(lead, opened.Value);
        }

        Assert.Equal(1, await database.UnreadAsync(rep));
        await using (var db = database.Context(rep))
        {
            Assert.Equal(1, await database.ReminderCommands(db, rep).ReadAllAsync(None));
            var overview = await database.ReminderQueries(db, rep).MineAsync(None);
            Assert.Equal(["Drugie", "Pierwsze"], overview.Delivered.Select(r => r.Text));
            Assert.All(overview.Delivered, r => Assert.True(r.IsRead));
            Assert.Equal(["Później"], overview.Pending.Select(r => r.Text));
        }

        Assert.Equal(0, await database.UnreadAsync(rep));
    }

    [Fact]
    public async Task Without_an_smtp_server_a_due_reminder_still_rings_in_the_app_and_no_email_is_written()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-no-smtp"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Bez poczty"));
        var id = await database.AddReminderAsync(rep, lead, "Tylko w aplikacji", database.InMinutes(-1));
        var scheduler = new RecordingEmailScheduler();

        await database.DeliverAsync(scheduler);

        await using var db = database.Context(rep);
        Assert.NotNull((await db.Reminders.SingleAsync(r => r.Id == id)).DeliveredAt);
        Assert.Equal(1, await database.UnreadAsync(rep));
        Assert.Empty(scheduler.Enqueued);
        Assert.False(await db.OutgoingEmails.AnyAsync(e => e.RecordType == Reminder.EmailRecordType && e.RecordId == id));
    }

    [Fact]
    public async Task The_bells_count_seeks_the_UserId_ReadAt_DeliveredAt_index()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-plan"));
        await using var db = database.Context(rep);
        var sql = database.ReminderQueries(db, rep).Unread().Select(r => r.Id).ToQueryString();

        var plan = await database.QueryPlanAsync(sql);

        Assert.Contains("USING COVERING INDEX IX_Reminders_UserId_ReadAt_DeliveredAt (UserId=? AND ReadAt=? AND DeliveredAt>?)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_converted_leads_reminders_move_to_its_contact_and_reminders_on_tasks_stay()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rem-mover"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Przypomnienie do przeniesienia"));
        var contact = RecordRef.Contact(await database.AddContactAsync(rep, ContactInputBuilder.APerson("Jan", "Przenośny").OwnedBy(rep.UserId).Build()));
        var first = await database.AddReminderAsync(rep, lead, "Pierwsze", database.InMinutes(30));
        var second = await database.AddReminderAsync(rep, lead, "Drugie", database.InMinutes(60));
        var task = await database.AddTaskAsync(rep, lead, "Zadanie z przypomnieniem");
        var onTask = await database.AddReminderAsync(rep, new RecordRef(Reminder.TaskType, task), "Przy zadaniu", database.InMinutes(90));

        await using (var db = database.Context(rep))
        {
            await new ReminderMover(db, rep, database.Clock).MoveAsync(lead, contact, None);
        }

        await using var check = database.Context(rep);
        var moved = await check.Reminders.Where(r => r.Id == first || r.Id == second).Select(r => new { r.RecordType, r.RecordId }).ToListAsync();
        Assert.All(moved, r => Assert.Equal((contact.Type, contact.Id), (r.RecordType, r.RecordId)));
        var stayed = await check.Reminders.SingleAsync(r => r.Id == onTask);
        Assert.Equal((Reminder.TaskType, task), (stayed.RecordType, stayed.RecordId));
        Assert.Equal("2", (await check.History.SingleAsync(h => h.RecordType == contact.Type && h.RecordId == contact.Id && h.Action == ReminderMessages.Arrived)).Details);
    }
}
