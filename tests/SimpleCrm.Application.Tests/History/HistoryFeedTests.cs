using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Activities;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Tests.Tasks;

namespace SimpleCrm.Application.Tests.History;

/// <summary>/History: the timeline of every record the user may see, by user, kind and days, each line naming its record.</summary>
public sealed class HistoryFeedTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_sales_rep_sees_the_lines_of_their_own_records_and_a_manager_sees_the_teams()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("feed-rep"));
        var colleague = TestUser.SalesRep(await database.AddUserAsync("feed-colleague"));
        var manager = TestUser.Manager(await database.AddUserAsync("feed-manager"));
        var own = RecordRef.Lead(await database.AddLeadAsync(rep, "Własny lead"));
        var ownContact = RecordRef.Contact(await database.AddContactAsync(rep, ContactInputBuilder.APerson("Olga", "Własna").Build()));
        var foreign = RecordRef.Lead(await database.AddLeadAsync(colleague, "Cudzy lead"));
        await database.LogAsync(rep, own, "Moja rozmowa");
        await database.LogAsync(rep, ownContact, "Moje spotkanie", ActivityType.Meeting);
        await database.LogAsync(colleague, foreign, "Cudza rozmowa");
        // The manager logs on the rep's lead: the rep sees that line too, since it is on their record.
        await database.LogAsync(manager, own, "Wizyta kierownika", ActivityType.Visit);

        var repLines = await FeedAsync(rep, new TimelineFilter(Kind: TimelineKind.Activities));
        var managerLines = await FeedAsync(manager, new TimelineFilter(Kind: TimelineKind.Activities));

        Assert.Equal(["Wizyta kierownika", "Moje spotkanie", "Moja rozmowa"], repLines.Items.Select(l => l.Activity!.Outcome));
        Assert.Equal((ownContact, "Olga Własna"), (repLines.Items[1].Record, repLines.Items[1].RecordName));
        Assert.Equal((own, "Własny lead"), (repLines.Items[2].Record, repLines.Items[2].RecordName));
        Assert.Contains(managerLines.Items, l => l.Activity!.Outcome == "Cudza rozmowa" && l.Record == foreign && l.RecordName == "Cudzy lead");
        Assert.Contains(managerLines.Items, l => l.Activity!.Outcome == "Moja rozmowa");
    }

    [Fact]
    public async Task The_feed_filters_by_user_kind_and_days_in_the_apps_zone()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("feed-filter-rep"));
        var manager = TestUser.Manager(await database.AddUserAsync("feed-filter-manager"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Filtrowany"));
        var monday = new DateTime(2026, 11, 16, 10, 0, 0);
        await database.LogAsync(rep, lead, "Poniedziałek", ActivityType.Call, i => i.At = monday);
        await database.LogAsync(rep, lead, "Wtorek", ActivityType.Call, i => i.At = monday.AddDays(1));
        await database.LogAsync(rep, lead, "Środa", ActivityType.Call, i => i.At = monday.AddDays(2));
        await database.LogAsync(manager, lead, "Kierownik we wtorek", ActivityType.Meeting, i => i.At = monday.AddDays(1).AddHours(3));
        await using (var db = database.Context(rep))
        {
            Assert.True((await database.NoteCommands(db, rep).AddAsync(lead, "Notatka przedstawiciela", None)).Succeeded);
        }

        var tuesdayByRep = await FeedAsync(manager, new TimelineFilter(rep.UserId, TimelineKind.All, DateOnly.FromDateTime(monday.AddDays(1)), DateOnly.FromDateTime(monday.AddDays(1))));
        var repsNotes = await FeedAsync(manager, new TimelineFilter(rep.UserId, TimelineKind.Notes));
        var fromTuesday = await FeedAsync(manager, new TimelineFilter(null, TimelineKind.Activities, DateOnly.FromDateTime(monday.AddDays(1)), DateOnly.FromDateTime(monday.AddDays(2))));

        Assert.Equal("Wtorek", Assert.Single(tuesdayByRep.Items).Activity!.Outcome);
        Assert.Equal((NoteMessages.Added, "Notatka przedstawiciela", "feed-filter-rep"), (Assert.Single(repsNotes.Items).Action, repsNotes.Items[0].Details, repsNotes.Items[0].UserName));
        Assert.Equal(["Środa", "Kierownik we wtorek", "Wtorek"], fromTuesday.Items.Where(l => l.Record == lead).Select(l => l.Activity!.Outcome));
    }

    [Fact]
    public async Task The_feed_pages_with_a_next_link_only_while_there_is_more()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("feed-pager"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Wiele zadań"));
        for (var i = 0; i < TimelineQueries.PageSize; i++)
        {
            database.Clock.Now = database.Clock.Now.AddMinutes(1);
            await database.AddTaskAsync(rep, lead, $"Zadanie {i:00}");
        }

        var exactlyOnePage = await FeedAsync(rep, new TimelineFilter(rep.UserId, TimelineKind.Tasks));
        await database.AddTaskAsync(rep, lead, "Jedno więcej");
        var first = await FeedAsync(rep, new TimelineFilter(rep.UserId, TimelineKind.Tasks));
        var second = await FeedAsync(rep, new TimelineFilter(rep.UserId, TimelineKind.Tasks), 2);

        Assert.Equal(TimelineQueries.PageSize, exactlyOnePage.Items.Count);
        Assert.False(exactlyOnePage.HasNext);
        Assert.True(first.HasNext);
        Assert.Equal(TimelineQueries.PageSize, first.Items.Count);
        Assert.Equal("Zadanie 00", Assert.Single(second.Items).Details);
        Assert.Equal((false, true), (second.HasNext, second.HasPrevious));
        Assert.All(first.Items, l => Assert.Equal(TaskMessages.Created, l.Action));
    }

    [Fact]
    public async Task A_sales_rep_sees_the_lines_of_a_contact_they_hold_the_access_class_of_but_not_of_others()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("feed-class-owner"));
        var reader = TestUser.SalesRep(await database.AddUserAsync("feed-class-reader"));
        var shared = RecordRef.Contact(await database.AddContactAsync(owner, ContactInputBuilder.APerson("Wspólna", "Klientka").Build()));
        var privateOne = RecordRef.Contact(await database.AddContactAsync(owner, ContactInputBuilder.APerson("Prywatna", "Klientka").Build()));
        await database.LogAsync(owner, shared, "Rozmowa widoczna przez klasę");
        await database.LogAsync(owner, privateOne, "Rozmowa prywatna");
        int classId;
        await using (var db = database.Context(new SystemUser()))
        {
            var name = "Feed " + Guid.NewGuid().ToString("N")[..6];
            var accessClass = new AccessClass { Name = name, NameKey = name.ToUpperInvariant() };
            db.AccessClasses.Add(accessClass);
            await db.SaveChangesAsync();
            classId = accessClass.Id;
            var contact = await db.Contacts.FindAsync(shared.Id);
            contact!.AccessClassId = classId;
            await db.SaveChangesAsync();
        }

        var withClass = reader with { AccessClassIds = [classId] };
        var lines = await FeedAsync(withClass, new TimelineFilter(owner.UserId, TimelineKind.Activities));

        Assert.Equal("Rozmowa widoczna przez klasę", Assert.Single(lines.Items).Activity!.Outcome);
        Assert.Empty((await FeedAsync(reader, new TimelineFilter(owner.UserId))).Items);
    }

    private async Task<TimelineFeedPage> FeedAsync(TestUser user, TimelineFilter filter, int page = 1)
    {
        await using var db = database.Context(user);
        return await database.Timeline(db, user).AcrossAsync(filter, page, None);
    }
}
