using Microsoft.EntityFrameworkCore;
using MimeKit;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Tests.Email;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Reminders;

/// <summary>
/// The reminder job: every due reminder is delivered once (in the app and by one email to its user),
/// by overlapping runs too, and the ones that fell due while the app was down by the first run after.
/// </summary>
public sealed class ReminderDeliveryTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using (var db = database.Context(new SystemUser()))
        {
            await LeadDefaultsSeeder.EnsureAsync(db, None);
        }

        // An SMTP server is set up (each test that sends points it at its own server).
        await database.SaveSmtpSettingsAsync(TestUser.Admin(await database.AddUserAsync("delivery-admin-" + Guid.NewGuid().ToString("N")[..6])), SmtpTestServer.FreePort());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_due_reminder_is_delivered_once_with_one_email_to_its_user_and_one_not_yet_due_waits()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("deliver-once"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Dostawa"));
        var due = await database.AddReminderAsync(rep, lead, "Teraz", database.InMinutes(-1));
        var later = await database.AddReminderAsync(rep, lead, "Za godzinę", database.InMinutes(60));
        var scheduler = new RecordingEmailScheduler();

        await database.DeliverAsync(scheduler);
        await database.DeliverAsync(scheduler);

        await using var db = database.Context(rep);
        var reminders = await db.Reminders.Where(r => r.Id == due || r.Id == later).ToDictionaryAsync(r => r.Id);
        Assert.Equal(database.Clock.Now.UtcDateTime, reminders[due].DeliveredAt);
        Assert.Null(reminders[later].DeliveredAt);
        var email = await db.OutgoingEmails.SingleAsync(e => e.RecordType == Reminder.EmailRecordType && e.RecordId == due);
        Assert.Equal(("deliver-once@test.local", "Reminder: Teraz", OutgoingEmailStatus.Queued), (email.To, email.Subject, email.Status));
        Assert.Contains("Dostawa", email.Body, StringComparison.Ordinal);
        Assert.Equal(1, scheduler.Enqueued.Count(id => id == email.Id));
        Assert.False(await db.OutgoingEmails.AnyAsync(e => e.RecordType == Reminder.EmailRecordType && e.RecordId == later));
        Assert.Equal(1, await database.UnreadAsync(rep));
    }

    [Fact]
    public async Task A_reminder_for_a_user_who_has_left_is_delivered_without_an_email()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("deliver-left-manager"));
        var leaver = await database.AddUserAsync("deliver-left");
        var lead = RecordRef.Lead(await database.AddLeadAsync(TestUser.SalesRep(leaver), "Odszedł")); // the leaver's own lead: one they could see
        var id = await database.AddReminderAsync(manager, lead, "Dla odchodzącego", database.InMinutes(-1), leaver);
        await using (var db = database.Context(new SystemUser()))
        {
            await db.Users.Where(u => u.Id == leaver).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
        }

        var scheduler = new RecordingEmailScheduler();
        await database.DeliverAsync(scheduler);

        await using var check = database.Context(manager);
        Assert.NotNull((await check.Reminders.SingleAsync(r => r.Id == id)).DeliveredAt);
        Assert.False(await check.OutgoingEmails.AnyAsync(e => e.RecordType == Reminder.EmailRecordType && e.RecordId == id));
    }

    [Fact]
    public async Task Two_runs_at_the_same_time_on_two_contexts_deliver_each_reminder_once()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("deliver-race"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Wyścig"));
        var ids = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await database.AddReminderAsync(rep, lead, $"Wyścig {i}", database.InMinutes(-1 - i)));
        }

        var (first, second) = (new RecordingEmailScheduler(), new RecordingEmailScheduler());
        await using var one = database.Context(new SystemUser());
        await using var two = database.Context(new SystemUser());
        var runs = await Task.WhenAll(
            Task.Run(() => database.ReminderDelivery(one, first).DeliverDueAsync(None)),
            Task.Run(() => database.ReminderDelivery(two, second).DeliverDueAsync(None)));

        Assert.True(runs.Sum() >= ids.Count, $"The runs claimed {runs[0]} and {runs[1]}.");
        await using var db = database.Context(rep);
        var emails = await db.OutgoingEmails.Where(e => e.RecordType == Reminder.EmailRecordType && ids.Contains(e.RecordId)).ToListAsync();
        Assert.Equal(ids.Order(), emails.Select(e => e.RecordId).Order());
        Assert.Equal(emails.Select(e => e.Id).Order(), first.Enqueued.Concat(second.Enqueued).Where(id => emails.Any(e => e.Id == id)).Order());
        Assert.Equal(ids.Count, await db.Reminders.CountAsync(r => ids.Contains(r.Id) && r.DeliveredAt != null));
        Assert.Equal(ids.Count, await database.UnreadAsync(rep));
    }

    [Fact]
    public async Task Reminders_that_fell_due_while_the_app_was_down_are_delivered_once_by_the_first_run_after_the_restart()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("deliver-restart"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Restart"));
        var early = await database.AddReminderAsync(rep, lead, "W czasie przerwy 1", database.InMinutes(10));
        var late = await database.AddReminderAsync(rep, lead, "W czasie przerwy 2", database.InMinutes(90));
        var after = await database.AddReminderAsync(rep, lead, "Po przerwie", database.InMinutes(24 * 60));
        await database.DeliverAsync(new RecordingEmailScheduler());

        // The app is down for three hours: no run. Then it starts again (new contexts, a new job, an empty queue).
        database.Clock.Now = database.Clock.Now.AddHours(3);
        var restarted = new RecordingEmailScheduler();
        await database.DeliverAsync(restarted);
        database.Clock.Now = database.Clock.Now.AddMinutes(1);
        await database.DeliverAsync(restarted);

        await using var db = database.Context(rep);
        var delivered = await db.Reminders.Where(r => r.Id == early || r.Id == late || r.Id == after).ToDictionaryAsync(r => r.Id, r => r.DeliveredAt);
        Assert.NotNull(delivered[early]);
        Assert.NotNull(delivered[late]);
        Assert.Null(delivered[after]);
        var emails = await db.OutgoingEmails.Where(e => e.RecordType == Reminder.EmailRecordType && (e.RecordId == early || e.RecordId == late || e.RecordId == after))
            .Select(e => new { e.Id, e.RecordId }).ToListAsync();
        Assert.Equal(new[] { early, late }.Order(), emails.Select(e => e.RecordId!).Order());
        Assert.Equal(emails.Select(e => e.Id).Order(), restarted.Enqueued.Where(id => emails.Any(e => e.Id == id)).Order());
        Assert.Equal(2, await database.UnreadAsync(rep));
    }

    [Fact]
    public async Task A_reminder_email_arrives_in_the_users_mailbox_and_is_on_no_records_timeline()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var admin = TestUser.Admin(await database.AddUserAsync("deliver-mail-admin"));
        await database.SaveSmtpSettingsAsync(admin, server.Port);
        var rep = TestUser.SalesRep(await database.AddUserAsync("deliver-mail"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Żółta Łódź"));
        var id = await database.AddReminderAsync(rep, lead, "Zadzwoń do pani Żanety", database.InMinutes(-1));
        var scheduler = new RecordingEmailScheduler();
        await database.DeliverAsync(scheduler);

        long emailId;
        await using (var db = database.Context(new SystemUser()))
        {
            emailId = await db.OutgoingEmails.Where(e => e.RecordType == Reminder.EmailRecordType && e.RecordId == id).Select(e => e.Id).SingleAsync();
            Assert.Contains(emailId, scheduler.Enqueued);
            Assert.Equal(OutgoingEmailStatus.Sent, await database.EmailDelivery(db, new RecordingEmailScheduler()).SendAsync(emailId, None));
        }

        var raw = Assert.Single(await server.MessagesAsync());
        using var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)));
        Assert.Equal("deliver-mail@test.local", message.To.Mailboxes.Single().Address);
        Assert.Equal("crm@firma.pl", message.From.Mailboxes.Single().Address);
        Assert.Equal("Reminder: Zadzwoń do pani Żanety", message.Subject);
        Assert.Contains("Żółta Łódź", message.TextBody, StringComparison.Ordinal);
        await using var check = database.Context(rep);
        Assert.False(await check.History.AnyAsync(h => h.Action == EmailMessages.Sent && h.Details!.Contains("deliver-mail@test.local")));
        Assert.Equal(1, await check.History.CountAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == lead.Id && h.Action == ReminderMessages.Set));
    }
}
