using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.History;

/// <summary>Field changes written by the save interceptor, and the paged timeline that shows them.</summary>
public sealed class FieldHistoryTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Editing_a_lead_records_each_changed_field_old_to_new_with_lookups_by_name()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("Ewa Stara"));
        var next = await database.AddUserAsync("Olga Nowa");
        var leadId = await database.AddLeadAsync(rep, "Historia pól", i =>
        {
            i.Email = "stary@firma.pl";
            i.City = "Kraków";
        });
        var manager = TestUser.Manager(await database.AddUserAsync("field-manager"));

        await using (var db = database.Context(manager))
        {
            var form = (await new LeadQueries(db, manager).GetForEditAsync(leadId, None))!;
            var website = await db.LeadSources.Where(s => s.Name == "Website").Select(s => s.Id).SingleAsync();
            var inProgress = await db.LeadStatuses.Where(s => s.Name == "In progress").Select(s => s.Id).SingleAsync();
            form.Input.Email = "nowy@firma.pl";
            form.Input.City = null;
            form.Input.EstimatedAmount = 1500.5m;
            form.Input.SourceId = website;
            form.Input.StatusId = inProgress;
            form.Input.ResponsibleUserId = next;
            var saved = await database.LeadCommands(db, manager).UpdateAsync(leadId, form.Input, form.Version, None);
            Assert.True(saved.Succeeded);
        }

        var lines = await LinesAsync(RecordRef.Lead(leadId));
        var changes = lines.Where(l => l.Action == FieldHistoryInterceptor.FieldChanged).Select(l => l.Details).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["City: Kraków → —", "Email: stary@firma.pl → nowy@firma.pl", "EstimatedAmount: — → 1500.5", "ResponsibleUser: Ewa Stara → Olga Nowa", "Source: Fair → Website"],
            changes);
        // The status change is LeadCommands' own line, once; no derived key, version or audit column shows.
        Assert.Equal(["New → In progress"], lines.Where(l => l.Action == LeadCommands.StatusChanged).Select(l => l.Details));
        Assert.All(lines, l => Assert.Equal(manager.UserId, l.UserId));
    }

    [Fact]
    public async Task Saving_a_lead_unchanged_records_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("field-same"));
        var leadId = await database.AddLeadAsync(rep, "Bez zmian", i => i.Email = "ten@sam.pl");

        await using (var db = database.Context(rep))
        {
            var form = (await new LeadQueries(db, rep).GetForEditAsync(leadId, None))!;
            Assert.True((await database.LeadCommands(db, rep).UpdateAsync(leadId, form.Input, form.Version, None)).Succeeded);
        }

        Assert.Empty(await LinesAsync(RecordRef.Lead(leadId)));
    }

    [Fact]
    public async Task Editing_a_contact_records_the_changed_fields_in_its_history()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("field-contact"));
        var id = await database.AddContactAsync(rep, ContactInputBuilder.APerson("Jan", "Polowy").With(i => i.City = "Gdańsk").Build());

        await using (var db = database.Context(rep))
        {
            var form = (await TestDatabase.Queries(db, rep).GetForEditAsync(id, None))!;
            form.Input.City = "Wilno";
            form.Input.LastName = "Pólowy";
            Assert.True((await database.Commands(db, rep).UpdateAsync(id, form.Input, form.Version, None)).Succeeded);
        }

        var changes = (await LinesAsync(RecordRef.Contact(id))).Where(l => l.Action == FieldHistoryInterceptor.FieldChanged).Select(l => l.Details).Order(StringComparer.Ordinal);
        Assert.Equal(["City: Gdańsk → Wilno", "LastName: Polowy → Pólowy"], changes);
    }

    [Fact]
    public async Task The_timeline_pages_a_leads_history_newest_first_for_those_who_see_the_lead()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("timeline-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("timeline-other"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Długa historia"));
        await using (var db = database.Context(rep))
        {
            var notes = database.NoteCommands(db, rep);
            for (var i = 1; i <= TimelineQueries.PageSize + 5; i++)
            {
                database.Clock.Now = database.Clock.Now.AddMinutes(1);
                Assert.True((await notes.AddAsync(lead, $"Notatka {i}", None)).Succeeded);
            }
        }

        await using var read = database.Context(rep);
        var first = (await database.Timeline(read, rep).OfRecordAsync(lead, TimelineKind.All, 1, None))!;
        var second = (await database.Timeline(read, rep).OfRecordAsync(lead, TimelineKind.All, 2, None))!;
        var hidden = await database.Timeline(database.Context(other), other).OfRecordAsync(lead, TimelineKind.All, 1, None);

        Assert.Equal(TimelineQueries.PageSize + 5, first.TotalCount);
        Assert.Equal($"Notatka {TimelineQueries.PageSize + 5}", first.Items[0].Details);
        Assert.Equal(TimelineQueries.PageSize, first.Items.Count);
        Assert.Equal(["Notatka 5", "Notatka 4", "Notatka 3", "Notatka 2", "Notatka 1"], second.Items.Select(l => l.Details));
        Assert.All(first.Items, l => Assert.Equal(NoteMessages.Added, l.Action));
        Assert.Equal("timeline-rep", first.Items[0].UserName);
        Assert.Null(hidden);
    }

    private async Task<List<HistoryEntry>> LinesAsync(RecordRef record)
    {
        await using var db = database.Context(new SystemUser());
        return await db.History.Where(h => h.RecordType == record.Type && h.RecordId == record.Id).ToListAsync();
    }
}
