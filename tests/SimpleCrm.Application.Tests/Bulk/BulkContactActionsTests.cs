using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Bulk;

public sealed class BulkContactActionsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly RecordingJobScheduler _scheduler = new();

    [Fact]
    public async Task Tagging_the_selection_tags_each_selected_contact_once_and_records_it_in_their_history()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-tag-rep"));
        var first = await database.AddContactAsync(rep, APerson("Ala", "Koszykowa").OwnedBy(rep.UserId).Build());
        var second = await database.AddContactAsync(rep, APerson("Ola", "Koszykowa").OwnedBy(rep.UserId).Build());
        var notSelected = await database.AddContactAsync(rep, APerson("Ela", "Koszykowa").OwnedBy(rep.UserId).Build());
        await database.TagAsync(rep, second, "vip");
        await using (var db = database.Context(rep))
        {
            await database.Selection(db, rep).AddAsync([first, second], None);
        }

        await using (var db = database.Context(rep))
        {
            var result = await database.Bulk(db, rep, _scheduler).StartAsync(
                new BulkRequest { Action = BulkActionKind.AddTags, Tags = "VIP, Kraków", Query = new ContactListQuery { Selected = true } }, None);
            Assert.True(result.Succeeded);
            Assert.Equal(new BulkOutcome(2, 2, null), result.Value);
        }

        await using var check = database.Context(rep);
        var tags = TestDatabase.TagQueries(check, rep);
        Assert.Equal(["Kraków", "vip"], await tags.OfContactAsync(first, None));
        Assert.Equal(["Kraków", "vip"], await tags.OfContactAsync(second, None));
        Assert.Empty(await tags.OfContactAsync(notSelected, None));
        var history = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Contact && (h.RecordId == first || h.RecordId == second))
            .OrderBy(h => h.Id).Select(h => new { h.RecordId, h.Action, h.Details, h.UserId, h.At }).ToListAsync();
        Assert.Equal(4, history.Count(h => h.Action == TagCommands.TagsAdded));
        Assert.Single(history, h => h.RecordId == second && h.Details == "vip");
        Assert.All(history, h => Assert.Equal(rep.UserId, h.UserId));
        Assert.All(history.Where(h => h.Details == "Kraków"), h => Assert.Equal(database.Clock.Now.UtcDateTime, h.At));
    }

    [Fact]
    public async Task A_sales_rep_cannot_reach_another_reps_contact_through_the_basket_or_a_filter()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-idor-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("bulk-idor-other"));
        var own = await database.AddContactAsync(rep, APerson("Jan", "Widocznyidor").OwnedBy(rep.UserId).Build());
        var hidden = await database.AddContactAsync(other, APerson("Jan", "Ukrytyidor").OwnedBy(other.UserId).Build());

        await using (var db = database.Context(rep))
        {
            await database.Selection(db, rep).AddAsync([own, hidden], None);
            var bulk = database.Bulk(db, rep, _scheduler);
            await bulk.StartAsync(new BulkRequest { Action = BulkActionKind.AddTags, Tags = "idor", Query = new ContactListQuery { Selected = true } }, None);
            await bulk.StartAsync(new BulkRequest { Action = BulkActionKind.Delete, Query = new ContactListQuery { Search = "idor" } }, None);
        }

        await using var check = database.Context(other);
        Assert.False(await check.SelectedContacts.AnyAsync(s => s.ContactId == hidden));
        Assert.False(await check.ContactTags.AnyAsync(ct => ct.ContactId == hidden));
        Assert.True(await check.Contacts.AnyAsync(c => c.Id == hidden));
        Assert.False(await check.Contacts.AnyAsync(c => c.Id == own));
    }

    [Fact]
    public async Task Assigning_a_responsible_user_changes_only_contacts_of_someone_else_and_stamps_a_new_version()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("bulk-manager"));
        var newOwner = await database.AddUserAsync("bulk-new-owner");
        var already = await database.AddContactAsync(manager, APerson("Jan", "Przypisanyjuż").OwnedBy(newOwner).Build());
        var moving = await database.AddContactAsync(manager, APerson("Jan", "Przypisanyteraz").Build());
        Guid versionBefore;
        await using (var db = database.Context(manager))
        {
            versionBefore = await db.Contacts.Where(c => c.Id == moving).Select(c => c.Version).SingleAsync();
            var result = await database.Bulk(db, manager, _scheduler).StartAsync(
                new BulkRequest { Action = BulkActionKind.SetResponsible, ResponsibleUserId = newOwner, Query = new ContactListQuery { Search = "przypisany" } }, None);
            Assert.Equal(new BulkOutcome(2, 1, null), result.Value);
        }

        await using var check = database.Context(manager);
        var moved = await check.Contacts.SingleAsync(c => c.Id == moving);
        Assert.Equal(newOwner, moved.ResponsibleUserId);
        Assert.NotEqual(versionBefore, moved.Version);
        Assert.Equal(manager.UserId, moved.UpdatedById);
        Assert.Equal("bulk-new-owner", (await check.History.SingleAsync(h => h.RecordId == moving && h.Action == BulkBatch.ResponsibleSet)).Details);
        Assert.False(await check.History.AnyAsync(h => h.RecordId == already && h.Action == BulkBatch.ResponsibleSet));
    }

    [Fact]
    public async Task A_sales_rep_may_not_set_access_classes_in_bulk()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("bulk-class-rep"));
        await database.AddContactAsync(rep, APerson("Jan", "Klasowy").OwnedBy(rep.UserId).Build());

        await using var db = database.Context(rep);
        var result = await database.Bulk(db, rep, _scheduler).StartAsync(
            new BulkRequest { Action = BulkActionKind.SetAccessClass, Query = new ContactListQuery { Search = "klasowy" } }, None);

        Assert.Equal(BulkMessages.AccessClassNotAllowed, Assert.Single(result.Failures).MessageKey);
    }

    [Fact]
    public async Task More_than_a_thousand_contacts_are_tagged_by_a_background_job_that_reports_its_progress()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("bulk-job-manager"));
        await using (var seed = database.Context(manager))
        {
            await ContactRows.AddAsync(seed, BulkContactActions.InlineLimit + 234, "Masowa", manager.UserId);
        }

        Guid jobId;
        await using (var db = database.Context(manager))
        {
            var result = await database.Bulk(db, manager, _scheduler).StartAsync(
                new BulkRequest { Action = BulkActionKind.AddTags, Tags = "masowy", Query = new ContactListQuery { Search = "masowa" } }, None);
            Assert.True(result.Value!.IsQueued);
            jobId = result.Value.JobId!.Value;
            Assert.Equal([jobId], _scheduler.Enqueued);
            Assert.False(await db.ContactTags.AnyAsync(ct => ct.Tag!.NameKey == "masowy"));
        }

        await using (var db = database.Context(manager))
        {
            await database.Bulk(db, manager, _scheduler).RunJobAsync(jobId, None);
        }

        await using var check = database.Context(manager);
        var job = await check.BulkJobs.SingleAsync(j => j.Id == jobId);
        Assert.Equal(BulkJobStatus.Succeeded, job.Status);
        Assert.Equal(1234, job.Total);
        Assert.Equal(1234, job.Processed);
        Assert.Equal(1234, job.Affected);
        Assert.Equal(1234, await check.ContactTags.CountAsync(ct => ct.Tag!.NameKey == "masowy"));
        Assert.Equal(1234, await check.History.CountAsync(h => h.Action == TagCommands.TagsAdded && h.Details == "masowy"));
    }

    [Fact]
    public async Task A_job_left_running_by_a_stopped_process_is_resumed_and_a_job_handed_out_twice_runs_once()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("bulk-resume-manager"));
        await using (var seed = database.Context(manager))
        {
            await ContactRows.AddAsync(seed, BulkContactActions.InlineLimit + 10, "Wznawiana", manager.UserId);
        }

        Guid jobId;
        await using (var db = database.Context(manager))
        {
            var result = await database.Bulk(db, manager, _scheduler).StartAsync(
                new BulkRequest { Action = BulkActionKind.AddTags, Tags = "wznowiony", Query = new ContactListQuery { Search = "wznawiana" } }, None);
            jobId = result.Value!.JobId!.Value;
            await db.BulkJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, BulkJobStatus.Running));
        }

        var resumed = new RecordingJobScheduler();
        await using (var db = database.Context(manager))
        {
            await BulkJobRecovery.ResumeAsync(db, resumed, None);
        }

        await using (var db = database.Context(manager))
        {
            await database.Bulk(db, manager, _scheduler).RunJobAsync(jobId, None);
            await database.Bulk(db, manager, _scheduler).RunJobAsync(jobId, None);
        }

        Assert.Contains(jobId, resumed.Enqueued);
        await using var check = database.Context(manager);
        Assert.Equal(BulkJobStatus.Succeeded, (await check.BulkJobs.SingleAsync(j => j.Id == jobId)).Status);
        Assert.Equal(1010, await check.ContactTags.CountAsync(ct => ct.Tag!.NameKey == "wznowiony"));
        Assert.Equal(1010, await check.History.CountAsync(h => h.Action == TagCommands.TagsAdded && h.Details == "wznowiony"));
    }
}
