using Microsoft.EntityFrameworkCore;
using MimeKit;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Files;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Email;

/// <summary>Email from records through a real SMTP server on 127.0.0.1: headers, UTF-8, attachments, failures and retries, the rate limit, visibility.</summary>
public sealed class EmailTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Subject = "Zażółć gęślą jaźń — Šiauliai";
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_smtp_password_is_stored_encrypted_never_read_back_and_kept_when_left_blank()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("smtp-admin"));
        await database.SaveSmtpSettingsAsync(admin, 2525, password: "Sekret-hasło-123");

        await using (var db = database.Context(admin))
        {
            var stored = await db.SmtpSettings.AsNoTracking().SingleAsync();
            Assert.NotNull(stored.ProtectedPassword);
            Assert.DoesNotContain("Sekret", stored.ProtectedPassword, StringComparison.Ordinal);
            Assert.Equal("Sekret-hasło-123", database.SmtpPasswords.Unprotect(stored.ProtectedPassword));
            var view = await database.SmtpSettings(db, admin).GetAsync(None);
            Assert.True(view.HasPassword);
            Assert.Null(view.Input.Password);
        }

        await database.SaveSmtpSettingsAsync(admin, 2526, password: null);

        await using (var db = database.Context(admin))
        {
            var stored = await db.SmtpSettings.AsNoTracking().SingleAsync();
            Assert.Equal(2526, stored.Port);
            Assert.Equal("Sekret-hasło-123", database.SmtpPasswords.Unprotect(stored.ProtectedPassword!));
        }
    }

    [Fact]
    public async Task Invalid_smtp_settings_are_refused_field_by_field_and_change_nothing()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("smtp-invalid"));
        await database.SaveSmtpSettingsAsync(admin, 2525);

        await using var db = database.Context(admin);
        var result = await database.SmtpSettings(db, admin).SaveAsync(
            new SmtpSettingsInput { Host = "bad host!", Port = 70000, SenderAddress = "not-an-address", TlsMode = (SmtpTlsMode)9 }, None);

        Assert.Equal(
            new[] { $"Host:{Messages.InvalidValue}", $"Port:{EmailMessages.InvalidPort}", $"SenderAddress:{Messages.InvalidEmail}", $"TlsMode:{Messages.InvalidValue}" }.Order(),
            result.Failures.Select(f => $"{f.Field}:{f.MessageKey}").Order());
        Assert.Equal(2525, (await db.SmtpSettings.AsNoTracking().SingleAsync()).Port);
    }

    [Fact]
    public async Task An_email_from_a_lead_arrives_with_its_headers_utf8_subject_and_attachment_and_is_marked_sent()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var rep = TestUser.SalesRep(await database.AddUserAsync("mail-rep"));
        await database.SaveSmtpSettingsAsync(TestUser.Admin(await database.AddUserAsync("mail-admin")), server.Port);
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Łódź Okna", l => l.Email = "jan@okna.pl"));
        var fileId = await UploadAsync(rep, lead, "Oferta.pdf", SampleFiles.Pdf);
        var scheduler = new RecordingEmailScheduler();

        var id = await ComposeAsync(rep, lead, scheduler, new EmailInput { To = "jan@okna.pl", Subject = Subject, Body = "Dzień dobry,\nw załączniku oferta.", FileIds = [fileId] });
        Assert.Equal([id], scheduler.Enqueued);
        await using (var db = database.Context(new SystemUser()))
        {
            Assert.Equal(OutgoingEmailStatus.Sent, await database.EmailDelivery(db, scheduler).SendAsync(id, None));
        }

        var raw = Assert.Single(await server.MessagesAsync());
        using var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)));
        Assert.Equal(Subject, message.Subject);
        Assert.Equal("crm@firma.pl", message.From.Mailboxes.Single().Address);
        Assert.Equal("Firma CRM", message.From.Mailboxes.Single().Name);
        Assert.Equal("jan@okna.pl", message.To.Mailboxes.Single().Address);
        Assert.Contains("w załączniku oferta", message.TextBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("Oferta.pdf", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(SampleFiles.Pdf, content.ToArray());

        await using var check = database.Context(rep);
        var item = Assert.Single((await TestDatabase.EmailQueries(check, rep).OfRecordAsync(lead, None))!);
        Assert.Equal((OutgoingEmailStatus.Sent, 1, "Oferta.pdf"), (item.Status, item.Attempts, item.AttachmentNames.Single()));
        var actions = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == lead.Id).Select(h => h.Action).ToListAsync();
        Assert.Contains(EmailMessages.Queued, actions);
        Assert.Contains(EmailMessages.Sent, actions);
    }

    [Fact]
    public async Task A_refused_message_is_marked_failed_with_the_servers_words_thrown_for_a_retry_and_sent_by_the_retry()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("refused-admin"));
        var rep = TestUser.SalesRep(await database.AddUserAsync("refused-rep"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Odmowa", l => l.Email = "odmowa@firma.pl"));
        long id;
        await using (var refusing = await SmtpTestServer.StartAsync(refuse: true))
        {
            await database.SaveSmtpSettingsAsync(admin, refusing.Port);
            id = await ComposeAsync(rep, lead, new RecordingEmailScheduler(), new EmailInput { To = "odmowa@firma.pl", Subject = Subject, Body = "x" });
            await using var db = database.Context(new SystemUser());
            await Assert.ThrowsAnyAsync<Exception>(() => database.EmailDelivery(db, new RecordingEmailScheduler()).SendAsync(id, None));
        }

        await using (var db = database.Context(rep))
        {
            var item = Assert.Single((await TestDatabase.EmailQueries(db, rep).OfRecordAsync(lead, None))!);
            Assert.Equal((OutgoingEmailStatus.Failed, 1, SmtpErrors.Refused), (item.Status, item.Attempts, item.LastErrorKey));
            Assert.Contains("550", item.LastError ?? string.Empty, StringComparison.Ordinal);
        }

        await using var server = await SmtpTestServer.StartAsync();
        await database.SaveSmtpSettingsAsync(admin, server.Port);
        await using (var db = database.Context(new SystemUser()))
        {
            Assert.Equal(OutgoingEmailStatus.Sent, await database.EmailDelivery(db, new RecordingEmailScheduler()).SendAsync(id, None));
            Assert.Equal(OutgoingEmailStatus.Sent, await database.EmailDelivery(db, new RecordingEmailScheduler()).SendAsync(id, None));
        }

        Assert.Single(await server.MessagesAsync());
        await using var after = database.Context(rep);
        var sent = await after.OutgoingEmails.AsNoTracking().SingleAsync(e => e.Id == id);
        Assert.Equal((OutgoingEmailStatus.Sent, 2, null), (sent.Status, sent.Attempts, sent.LastErrorKey));
    }

    [Fact]
    public async Task A_server_nobody_listens_on_fails_the_send_and_the_test_email_with_a_connection_error()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("noserver-admin"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(admin, "Nikt nie słucha", l => l.Email = "a@b.pl"));
        await database.SaveSmtpSettingsAsync(admin, SmtpTestServer.FreePort());
        var id = await ComposeAsync(admin, lead, new RecordingEmailScheduler(), new EmailInput { To = "a@b.pl", Subject = "s" });

        await using var db = database.Context(admin);
        await Assert.ThrowsAnyAsync<Exception>(() => database.EmailDelivery(db, new RecordingEmailScheduler()).SendAsync(id, None));
        var test = await database.SmtpSettings(db, admin).SendTestAsync("admin@firma.pl", None);

        var email = await db.OutgoingEmails.AsNoTracking().SingleAsync(e => e.Id == id);
        Assert.Equal((OutgoingEmailStatus.Failed, SmtpErrors.Connect), (email.Status, email.LastErrorKey));
        Assert.Equal(SmtpErrors.Connect, test.Value!.MessageKey);
    }

    [Fact]
    public async Task The_test_email_arrives_through_the_saved_settings()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var admin = TestUser.Admin(await database.AddUserAsync("test-mail-admin"));
        await database.SaveSmtpSettingsAsync(admin, server.Port);

        await using var db = database.Context(admin);
        var result = await database.SmtpSettings(db, admin).SendTestAsync("admin@firma.pl", None);

        Assert.True(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Contains("To: admin@firma.pl", Assert.Single(await server.MessagesAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_the_per_minute_limit_a_message_waits_in_the_queue_and_goes_once_the_minute_has_passed()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("rate-admin"));
        await database.SaveSmtpSettingsAsync(admin, 2525);
        var lead = RecordRef.Lead(await database.AddLeadAsync(admin, "Limit", l => l.Email = "limit@firma.pl"));
        var scheduler = new RecordingEmailScheduler();
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await ComposeAsync(admin, lead, scheduler, new EmailInput { To = "limit@firma.pl", Subject = $"Nr {i}" }));
        }

        var transport = new CountingTransport();

        // An hour on, so the other tests' sends are out of this test's minute.
        var start = database.Clock.Now.AddHours(1);
        database.Clock.Now = start;
        try
        {
            await using var db = database.Context(new SystemUser());
            var delivery = database.EmailDelivery(db, scheduler, transport, maxPerMinute: 2);
            foreach (var id in ids)
            {
                await delivery.SendAsync(id, None);
            }

            Assert.Equal(2, transport.Sent);
            var (waiting, delay) = Assert.Single(scheduler.Scheduled);
            Assert.Equal(ids[2], waiting);
            Assert.InRange(delay, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(62));

            database.Clock.Now = start.AddSeconds(61);
            Assert.Equal(OutgoingEmailStatus.Sent, await delivery.SendAsync(ids[2], None));
            Assert.Equal(3, transport.Sent);
        }
        finally
        {
            database.Clock.Now = start.AddMinutes(2);
        }
    }

    [Fact]
    public async Task A_rep_cannot_mail_from_or_read_the_emails_of_a_lead_they_cannot_see_nor_attach_another_records_file()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("idor-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("idor-other"));
        await database.SaveSmtpSettingsAsync(TestUser.Admin(await database.AddUserAsync("idor-admin")), 2525);
        var ownLead = RecordRef.Lead(await database.AddLeadAsync(owner, "Mój lead", l => l.Email = "moj@firma.pl"));
        var foreignLead = RecordRef.Lead(await database.AddLeadAsync(other, "Cudzy lead", l => l.Email = "cudzy@firma.pl"));
        var foreignFile = await UploadAsync(other, foreignLead, "Cudza.pdf", SampleFiles.Pdf);
        await ComposeAsync(other, foreignLead, new RecordingEmailScheduler(), new EmailInput { To = "cudzy@firma.pl", Subject = "Tajne" });

        await using var db = database.Context(owner);
        var scheduler = new RecordingEmailScheduler();
        var commands = database.EmailCommands(db, owner, scheduler);
        var fromForeign = await commands.SendAsync(foreignLead, new EmailInput { To = "x@firma.pl", Subject = "s" }, None);
        var foreignAttachment = await commands.SendAsync(ownLead, new EmailInput { To = "x@firma.pl", Subject = "s", FileIds = [foreignFile] }, None);

        Assert.True(fromForeign.IsNotFound);
        Assert.Equal(EmailMessages.AttachmentNotOnRecord, Assert.Single(foreignAttachment.Failures).MessageKey);
        Assert.Empty(scheduler.Enqueued);
        Assert.Null(await TestDatabase.EmailQueries(db, owner).OfRecordAsync(foreignLead, None));
        Assert.Null(await commands.DraftAsync(foreignLead, None));
        Assert.Equal(0, await db.OutgoingEmails.CountAsync(e => e.RecordId == ownLead.Id && e.RecordType == ownLead.Type));
    }

    [Fact]
    public async Task A_draft_starts_from_the_records_email_and_a_bad_recipient_or_missing_subject_saves_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("draft-rep"));
        await database.SaveSmtpSettingsAsync(TestUser.Admin(await database.AddUserAsync("draft-admin")), 2525);
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Szkic", l => l.Email = "szkic@firma.pl"));

        await using var db = database.Context(rep);
        var commands = database.EmailCommands(db, rep, new RecordingEmailScheduler());
        var draft = await commands.DraftAsync(lead, None);
        var result = await commands.SendAsync(lead, new EmailInput { To = "nie adres", Subject = " " }, None);

        Assert.Equal(("Szkic", "szkic@firma.pl", true), (draft!.RecordName, draft.RecordEmail, draft.IsConfigured));
        Assert.Equal(new[] { $"Subject:{Messages.Required}", $"To:{Messages.InvalidEmail}" }, result.Failures.Select(f => $"{f.Field}:{f.MessageKey}").Order());
        Assert.Equal(0, await db.OutgoingEmails.CountAsync(e => e.RecordId == lead.Id && e.RecordType == lead.Type));
    }

    private async Task<long> ComposeAsync(TestUser user, RecordRef record, RecordingEmailScheduler scheduler, EmailInput input)
    {
        await using var db = database.Context(user);
        var result = await database.EmailCommands(db, user, scheduler).SendAsync(record, input, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}:{f.MessageKey}")));
        return result.Value;
    }

    private async Task<int> UploadAsync(TestUser user, RecordRef record, string name, byte[] content)
    {
        await using var db = database.Context(user);
        using var stream = new MemoryStream(content);
        var result = await database.FileCommands(db, user).UploadAsync(record, name, stream, None);
        Assert.True(result.Succeeded);
        return result.Value;
    }

    private sealed class CountingTransport : IMailTransport
    {
        public int Sent { get; private set; }

        public Task SendAsync(SmtpConnection connection, MimeMessage message, CancellationToken cancellationToken)
        {
            Sent++;
            return Task.CompletedTask;
        }
    }
}
