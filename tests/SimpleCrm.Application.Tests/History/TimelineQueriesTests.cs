using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Activities;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Tests.Tasks;

namespace SimpleCrm.Application.Tests.History;

/// <summary>A record's timeline: history lines and activities in one stream, newest first, by kind, paged, for those who see the record.</summary>
public sealed class TimelineQueriesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Activities_and_history_lines_come_in_one_stream_ordered_by_when_they_happened()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("stream-rep"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Strumień"));
        var start = database.Clock.Now;
        database.Clock.Now = start.AddHours(1);
        await AddNoteAsync(rep, lead, "Notatka po godzinie");
        database.Clock.Now = start.AddHours(3);
        // Logged last, but it took place between the note and the task: that is where it belongs.
        await database.AddTaskAsync(rep, lead, "Zadanie po trzech godzinach");
        database.Clock.Now = start.AddHours(4);
        await database.LogAsync(rep, lead, "Rozmowa po dwóch godzinach", ActivityType.Call, i => i.At = start.UtcDateTime.AddHours(2));

        var page = await TimelineAsync(rep, lead, TimelineKind.All, 1);

        Assert.Equal(
            [TaskMessages.Created, "activity", NoteMessages.Added],
            page!.Items.Select(l => l.Action ?? "activity"));
        var call = page.Items.Single(l => l.Activity is not null);
        Assert.Equal(("Rozmowa po dwóch godzinach", ActivityType.Call, "stream-rep"), (call.Activity!.Outcome, call.Activity.Type, call.UserName));
        Assert.Equal(start.UtcDateTime.AddHours(2), call.At);
        Assert.True(call.Activity.CanEdit);
        Assert.Equal((lead, "Strumień"), (call.Record, call.RecordName));
    }

    [Fact]
    public async Task The_timeline_pages_both_sources_together_and_clamps_pages_out_of_range()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("paging-rep"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Stronicowanie"));
        var before = await CountAsync(rep, lead);
        var half = (TimelineQueries.PageSize / 2) + 1;
        for (var i = 0; i < half; i++)
        {
            database.Clock.Now = database.Clock.Now.AddMinutes(1);
            await AddNoteAsync(rep, lead, $"Notatka {i}");
            database.Clock.Now = database.Clock.Now.AddMinutes(1);
            await database.LogAsync(rep, lead, $"Rozmowa {i}");
        }

        var total = before + (2 * half);
        var first = (await TimelineAsync(rep, lead, TimelineKind.All, 0))!;
        var last = (await TimelineAsync(rep, lead, TimelineKind.All, 99))!;

        Assert.Equal(total, first.TotalCount);
        Assert.Equal(1, first.PageNumber);
        Assert.Equal(TimelineQueries.PageSize, first.Items.Count);
        Assert.Equal($"Rozmowa {half - 1}", first.Items[0].Activity!.Outcome);
        Assert.Equal($"Notatka {half - 1}", first.Items[1].Details);
        Assert.Equal(2, last.PageNumber);
        Assert.Equal(total - TimelineQueries.PageSize, last.Items.Count);
        Assert.DoesNotContain(first.Items.Select(l => l.At).Zip(first.Items.Skip(1).Select(l => l.At)), p => p.First < p.Second);
    }

    [Fact]
    public async Task The_type_filter_shows_only_lines_of_that_kind_and_an_unknown_code_counts_as_a_change()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("filter-rep"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Filtr"));
        await AddNoteAsync(rep, lead, "Notatka");
        await database.AddTaskAsync(rep, lead, "Zadanie");
        await database.LogAsync(rep, lead, "Wizyta", ActivityType.Visit);
        await using (var db = database.Context(rep))
        {
            db.History.Add(HistoryEntry.For(lead, "SomethingNew", "nowy kod", database.Clock.Now.UtcDateTime, rep.UserId));
            var entity = await db.Leads.SingleAsync(l => l.Id == lead.Id);
            entity.Name = "Filtr po zmianie";
            await db.SaveChangesAsync();
        }

        var activities = (await TimelineAsync(rep, lead, TimelineKind.Activities, 1))!.Items;
        var notes = (await TimelineAsync(rep, lead, TimelineKind.Notes, 1))!.Items;
        var tasks = (await TimelineAsync(rep, lead, TimelineKind.Tasks, 1))!.Items;
        var changes = (await TimelineAsync(rep, lead, TimelineKind.Changes, 1))!.Items;
        var files = (await TimelineAsync(rep, lead, TimelineKind.Files, 1))!.Items;

        Assert.Equal("Wizyta", Assert.Single(activities).Activity!.Outcome);
        Assert.Equal(NoteMessages.Added, Assert.Single(notes).Action);
        Assert.Equal(TaskMessages.Created, Assert.Single(tasks).Action);
        Assert.Empty(files);
        Assert.All(changes, l => Assert.Null(l.Activity));
        Assert.Contains(changes, l => l.Action == "SomethingNew");
        Assert.Contains(changes, l => l.Action == FieldHistoryInterceptor.FieldChanged && l.Details!.StartsWith("Name", StringComparison.Ordinal) && l.Details.Contains("Filtr po zmianie", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, l => l.Action is NoteMessages.Added or TaskMessages.Created);
    }

    [Fact]
    public async Task A_contacts_timeline_carries_the_lines_and_activities_of_its_visible_leads_named_with_the_lead()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("contact-stream"));
        var other = TestUser.SalesRep(await database.AddUserAsync("contact-stream-other"));
        var contactId = await database.AddContactAsync(rep, ContactInputBuilder.APerson("Irena", "Łęcka").Build());
        var contact = RecordRef.Contact(contactId);
        int leadId;
        await using (var db = database.Context(rep))
        {
            var created = await database.LeadCommands(db, rep).CreateAsync(new LeadInput { Name = "Lead Ireny" }, contactId, None);
            Assert.True(created.Succeeded);
            leadId = created.Value;
        }

        // Another rep's lead of the same contact: the contact's owner does not see it, nor its lines.
        var hiddenLeadId = await database.AddLeadAsync(other, "Cudzy lead Ireny");
        await database.LogAsync(rep, RecordRef.Lead(leadId), "Rozmowa o leadzie");
        await database.LogAsync(other, RecordRef.Lead(hiddenLeadId), "Rozmowa ukryta");
        await using (var db = database.Context(new SystemUser()))
        {
            await db.Leads.Where(l => l.Id == hiddenLeadId).ExecuteUpdateAsync(u => u.SetProperty(l => l.ContactId, contactId));
        }

        await database.LogAsync(rep, contact, "Spotkanie z Ireną", ActivityType.Meeting);

        var lines = (await TimelineAsync(rep, contact, TimelineKind.All, 1))!.Items;

        Assert.Equal(["Spotkanie z Ireną", "Rozmowa o leadzie"], lines.Where(l => l.Activity is not null).Select(l => l.Activity!.Outcome));
        var ofLead = lines.First(l => l.Activity?.Outcome == "Rozmowa o leadzie");
        Assert.Equal((RecordRef.Lead(leadId), "Lead Ireny"), (ofLead.Record, ofLead.RecordName));
        Assert.DoesNotContain(lines, l => l.Record == RecordRef.Lead(hiddenLeadId));
    }

    [Fact]
    public async Task A_sales_rep_gets_no_timeline_of_another_reps_record_and_a_manager_sees_it_without_edit_rights()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("timeline-owner"));
        var intruder = TestUser.SalesRep(await database.AddUserAsync("timeline-intruder"));
        var admin = TestUser.Admin(await database.AddUserAsync("timeline-admin"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Prywatny"));
        await database.LogAsync(owner, lead, "Tajna rozmowa");

        Assert.Null(await TimelineAsync(intruder, lead, TimelineKind.All, 1));
        Assert.Null(await TimelineAsync(intruder, RecordRef.Contact(lead.Id), TimelineKind.All, 1));
        var seen = Assert.Single((await TimelineAsync(admin, lead, TimelineKind.Activities, 1))!.Items).Activity!;
        Assert.Equal((false, true), (seen.CanEdit, seen.CanDelete));
    }

    private async Task<Page<TimelineLine>?> TimelineAsync(TestUser user, RecordRef record, TimelineKind kind, int page)
    {
        await using var db = database.Context(user);
        return await database.Timeline(db, user).OfRecordAsync(record, kind, page, None);
    }

    private async Task<int> CountAsync(TestUser user, RecordRef record) => (await TimelineAsync(user, record, TimelineKind.All, 1))!.TotalCount;

    private async Task AddNoteAsync(TestUser user, RecordRef record, string text)
    {
        await using var db = database.Context(user);
        Assert.True((await database.NoteCommands(db, user).AddAsync(record, text, None)).Succeeded);
    }
}
