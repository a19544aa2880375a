using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SimpleCrm.Application.AccessClasses;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Merging;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Migrations.Sqlite;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Merging;

public sealed class ContactMergeTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Merging_keeps_the_chosen_values_and_the_union_of_emails_phones_tags_and_lists_without_duplicates()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-union-manager"));
        var survivor = await database.AddContactAsync(manager, APerson("Jan", "Unijny").WithEmails("jan@unia.pl").WithPhones("601 234 567")
            .With(i => i.City = "Kraków").Build());
        var other = await database.AddContactAsync(manager, APerson("Janek", "Unijny").WithEmails("JAN@unia.pl", "jan.prywatny@unia.pl")
            .WithPhones("+48 601-234-567", "602 000 111").With(i => i.City = "Warszawa").With(i => i.Street = "Nowy Świat 1").Build());
        await database.TagAsync(manager, survivor, "vip");
        await database.TagAsync(manager, other, "vip, targi");
        var fair = await AddListAsync(manager, "Targi 2026", survivor, other);
        var newsletter = await AddListAsync(manager, "Newsletter", other);

        var result = await MergeAsync(manager, [survivor, other], survivor, new()
        {
            [MergeField.FirstName] = other,
            [MergeField.Street] = other,
            [MergeField.City] = survivor,
        });

        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        await using var check = database.Context(manager);
        var merged = await check.Contacts.Include(c => c.Emails).Include(c => c.Phones).SingleAsync(c => c.Id == survivor);
        Assert.Equal("Janek", merged.FirstName);
        Assert.Equal("Nowy Świat 1", merged.Street);
        Assert.Equal("Kraków", merged.City);
        Assert.Equal("Janek Unijny", merged.DisplayName);
        Assert.Equal(["jan@unia.pl", "jan.prywatny@unia.pl"], merged.Emails.OrderBy(e => e.Position).Select(e => e.Address));
        Assert.Equal(["+48601234567", "+48602000111"], merged.Phones.OrderBy(p => p.Position).Select(p => p.E164));
        Assert.Contains("602000111", merged.SearchText, StringComparison.Ordinal);
        Assert.Equal(["targi", "vip"], await TestDatabase.TagQueries(check, manager).OfContactAsync(survivor, None));
        Assert.False(await check.ContactTags.AnyAsync(t => t.ContactId == other));
        Assert.Equal([fair, newsletter], await check.ContactListMembers.Where(m => m.ContactId == survivor).Select(m => m.ListId).OrderBy(l => l).ToListAsync());
        Assert.False(await check.ContactListMembers.AnyAsync(m => m.ContactId == other));
        var joined = await check.OutboxMessages.Where(m => m.Type == nameof(ContactsAddedToList) && m.Payload.Contains($"\"contactIds\":[{survivor}]"))
            .Select(m => m.Payload).ToListAsync();
        Assert.Equal([$"\"listId\":{newsletter},"], joined.Select(p => p[1..(p.IndexOf(',', StringComparison.Ordinal) + 1)]));
    }

    [Fact]
    public async Task Merging_moves_the_history_to_the_survivor_and_records_the_merge_on_every_contact()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-history-manager"));
        var survivor = await database.AddContactAsync(manager, APerson("Anna", "Historyczna").Build());
        var other = await database.AddContactAsync(manager, APerson("Ania", "Historyczna").Build());
        var third = await database.AddContactAsync(manager, APerson("Anka", "Historyczna").Build());
        await database.TagAsync(manager, other, "z-historii");

        var result = await MergeAsync(manager, [survivor, other, third], survivor);

        Assert.True(result.Succeeded);
        await using var check = database.Context(manager);
        var history = await check.History.Where(h => h.RecordType == HistoryRecordTypes.Contact && (h.RecordId == survivor || h.RecordId == other || h.RecordId == third))
            .Select(h => new { h.RecordId, h.Action, h.Details, h.UserId }).ToListAsync();
        Assert.Single(history, h => h.RecordId == survivor && h.Action == TagCommands.TagsAdded && h.Details == "z-historii");
        var merged = Assert.Single(history, h => h.Action == ContactMerge.Merged);
        Assert.Equal(survivor, merged.RecordId);
        Assert.Equal($"Ania Historyczna (#{other}), Anka Historyczna (#{third})", merged.Details);
        Assert.Equal(manager.UserId, merged.UserId);
        Assert.Equal([other, third], history.Where(h => h.Action == ContactMerge.MergedInto).Select(h => h.RecordId).Order());
        Assert.All(history.Where(h => h.Action == ContactMerge.MergedInto), h => Assert.Equal($"Anna Historyczna (#{survivor})", h.Details));
    }

    [Fact]
    public async Task The_merged_away_contacts_are_soft_deleted_point_to_the_survivor_and_leave_the_basket()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-deleted-manager"));
        var survivor = await database.AddContactAsync(manager, APerson("Piotr", "Wskaźnikowy").Build());
        var other = await database.AddContactAsync(manager, APerson("Piotrek", "Wskaźnikowy").Build());
        await using (var db = database.Context(manager))
        {
            await database.Selection(db, manager).AddAsync([survivor, other], None);
        }

        var result = await MergeAsync(manager, [other, survivor], survivor);

        Assert.True(result.Succeeded);
        await using var check = database.Context(manager);
        var gone = await check.Contacts.IgnoreQueryFilters().SingleAsync(c => c.Id == other);
        Assert.True(gone.IsDeleted);
        Assert.Equal(survivor, gone.MergedIntoId);
        Assert.Equal(manager.UserId, gone.DeletedById);
        Assert.Equal(database.Clock.Now.UtcDateTime, gone.DeletedAt);
        Assert.False(await check.Contacts.IgnoreQueryFilters().Where(c => c.Id == survivor).Select(c => c.IsDeleted).SingleAsync());
        Assert.Equal([survivor], await check.SelectedContacts.Where(s => s.UserId == manager.UserId).Select(s => s.ContactId).ToListAsync());
        Assert.Equal(survivor, await new MergeQueries(check, manager).FindSurvivorAsync(other, None));
        Assert.Null(await new MergeQueries(check, manager).FindSurvivorAsync(survivor, None));
    }

    [Fact]
    public async Task The_people_of_a_merged_company_now_work_at_the_surviving_company()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-company-manager"));
        var survivor = await database.AddContactAsync(manager, ACompany("Stolarnia Dąb").Build());
        var other = await database.AddContactAsync(manager, ACompany("Stolarnia Dab sp. z o.o.").Build());
        var worker = await database.AddContactAsync(manager, APerson("Marek", "Stolarz").WorkingAt("Stolarnia Dab sp. z o.o.").Build());
        await using (var db = database.Context(manager))
        {
            Assert.Equal(other, await db.Contacts.Where(c => c.Id == worker).Select(c => c.CompanyId).SingleAsync());
        }

        var result = await MergeAsync(manager, [survivor, other], survivor);

        Assert.True(result.Succeeded);
        await using var check = database.Context(manager);
        var person = await check.Contacts.SingleAsync(c => c.Id == worker);
        Assert.Equal(survivor, person.CompanyId);
        Assert.Equal("Stolarnia Dąb", person.CompanyName);
        Assert.Equal(TextFolding.Fold("Stolarnia Dąb"), person.CompanyKey);
        var profile = await TestDatabase.Queries(check, manager).GetProfileAsync(survivor, None);
        Assert.Equal([worker], profile!.People.Select(p => p.Id));
    }

    [Fact]
    public async Task A_contact_changed_since_the_form_was_shown_refuses_the_merge_and_changes_nothing()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-stale-manager"));
        var survivor = await database.AddContactAsync(manager, APerson("Ewa", "Nieaktualna").Build());
        var other = await database.AddContactAsync(manager, APerson("Ewka", "Nieaktualna").WithEmails("ewka@stara.pl").Build());
        var versions = await VersionsAsync(manager, survivor, other);
        versions[other] = Guid.NewGuid();

        await using var db = database.Context(manager);
        var result = await new ContactMerge(db, manager, database.Clock).MergeAsync(
            new MergeRequest([survivor, other], survivor, new Dictionary<MergeField, int> { [MergeField.FirstName] = other }, versions), None);

        Assert.Equal(Messages.ConcurrencyConflict, Assert.Single(result.Failures).MessageKey);
        await using var check = database.Context(manager);
        Assert.Equal("Ewa", await check.Contacts.Where(c => c.Id == survivor).Select(c => c.FirstName).SingleAsync());
        Assert.True(await check.Contacts.AnyAsync(c => c.Id == other));
        Assert.False(await check.ContactEmails.AnyAsync(e => e.ContactId == survivor));
    }

    [Fact]
    public async Task A_failure_while_saving_rolls_back_what_was_already_moved()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-rollback-manager"));
        var survivor = await database.AddContactAsync(manager, APerson("Olga", "Wycofana").Build());
        var other = await database.AddContactAsync(manager, APerson("Ola", "Wycofana").Build());
        await database.TagAsync(manager, other, "wycofany");
        var list = await AddListAsync(manager, "Wycofana lista", other);
        var versions = await VersionsAsync(manager, survivor, other);

        await using (var failing = FailingContext(manager))
        {
            var result = await new ContactMerge(failing, manager, database.Clock).MergeAsync(
                new MergeRequest([survivor, other], survivor, new Dictionary<MergeField, int>(), versions), None);
            Assert.Equal(Messages.ConcurrencyConflict, Assert.Single(result.Failures).MessageKey);
        }

        await using var check = database.Context(manager);
        Assert.True(await check.Contacts.AnyAsync(c => c.Id == other));
        Assert.Single(await check.History.Where(h => h.RecordId == other && h.Action == TagCommands.TagsAdded).ToListAsync());
        Assert.True(await check.ContactListMembers.AnyAsync(m => m.ListId == list && m.ContactId == other));
        Assert.False(await check.History.AnyAsync(h => h.RecordId == survivor && h.Action == ContactMerge.Merged));
    }

    [Fact]
    public async Task A_sales_rep_cannot_merge_a_contact_they_cannot_see_even_by_posting_its_id()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("merge-idor-rep"));
        var otherRep = TestUser.SalesRep(await database.AddUserAsync("merge-idor-other"));
        var own = await database.AddContactAsync(rep, APerson("Jan", "Swójmerge").OwnedBy(rep.UserId).Build());
        var hidden = await database.AddContactAsync(otherRep, APerson("Jan", "Cudzymerge").OwnedBy(otherRep.UserId).WithEmails("cudzy@merge.pl").Build());
        var versions = await VersionsAsync(TestUser.Admin("merge-idor-admin"), own, hidden);

        await using var db = database.Context(rep);
        var asSurvivor = await new ContactMerge(db, rep, database.Clock).MergeAsync(
            new MergeRequest([own, hidden], own, new Dictionary<MergeField, int> { [MergeField.FirstName] = hidden }, versions), None);
        var asMerged = await new ContactMerge(db, rep, database.Clock).MergeAsync(
            new MergeRequest([own, hidden], hidden, new Dictionary<MergeField, int>(), versions), None);
        var preview = await new MergeQueries(db, rep).PreviewAsync([own, hidden], None);

        Assert.True(asSurvivor.IsNotFound);
        Assert.True(asMerged.IsNotFound);
        Assert.True(preview.IsNotFound);
        await using var check = database.Context(otherRep);
        var untouched = await check.Contacts.SingleAsync(c => c.Id == hidden);
        Assert.Null(untouched.MergedIntoId);
        Assert.Equal(versions[hidden], untouched.Version);
        Assert.False(await check.ContactEmails.AnyAsync(e => e.ContactId == own));
        Assert.False(await check.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == own && c.IsDeleted));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public async Task Fewer_than_two_or_more_than_ten_contacts_are_refused(int count)
    {
        var manager = TestUser.Manager(await database.AddUserAsync($"merge-count-{count}"));
        List<int> ids;
        await using (var seed = database.Context(manager))
        {
            ids = await ContactRows.AddAsync(seed, count, "Liczony" + count, manager.UserId);
        }

        var result = await MergeAsync(manager, ids, ids[0]);

        Assert.Equal(MergeMessages.CountOutOfRange, Assert.Single(result.Failures).MessageKey);
        await using var check = database.Context(manager);
        Assert.Equal(count, await check.Contacts.CountAsync(c => ids.Contains(c.Id)));
    }

    [Fact]
    public async Task The_same_contact_twice_is_not_a_merge_of_two()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-twice-manager"));
        var id = await database.AddContactAsync(manager, APerson("Adam", "Podwójny").Build());

        var result = await MergeAsync(manager, [id, id], id);

        Assert.Equal(MergeMessages.CountOutOfRange, Assert.Single(result.Failures).MessageKey);
    }

    [Fact]
    public async Task A_survivor_or_a_value_source_outside_the_merged_contacts_is_refused()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-outside-manager"));
        var first = await database.AddContactAsync(manager, APerson("Beata", "Spoza").Build());
        var second = await database.AddContactAsync(manager, APerson("Beatka", "Spoza").Build());
        var outsider = await database.AddContactAsync(manager, APerson("Obca", "Spoza").Build());

        var survivorOutside = await MergeAsync(manager, [first, second], outsider);
        var sourceOutside = await MergeAsync(manager, [first, second], first, new() { [MergeField.FirstName] = outsider });

        Assert.Equal(MergeMessages.SurvivorNotAmong, Assert.Single(survivorOutside.Failures).MessageKey);
        Assert.Equal(MergeMessages.ChoiceNotAmong, Assert.Single(sourceOutside.Failures).MessageKey);
        await using var check = database.Context(manager);
        Assert.Equal(3, await check.Contacts.CountAsync(c => c.Id == first || c.Id == second || c.Id == outsider));
    }

    [Fact]
    public async Task A_sales_reps_choice_of_access_class_changes_nothing()
    {
        var admin = TestUser.Admin(await database.AddUserAsync("merge-class-admin"));
        var rep = TestUser.SalesRep(await database.AddUserAsync("merge-class-rep"));
        int classId;
        await using (var db = database.Context(admin))
        {
            var accessClass = new AccessClass { Name = "Merge VIP", NameKey = TextFolding.Fold("Merge VIP") };
            db.AccessClasses.Add(accessClass);
            await db.SaveChangesAsync();
            classId = accessClass.Id;
        }

        var survivor = await database.AddContactAsync(admin, APerson("Celina", "Klasowa").OwnedBy(rep.UserId).Build());
        var classed = await database.AddContactAsync(admin, APerson("Cela", "Klasowa").OwnedBy(rep.UserId).With(i => i.AccessClassId = classId).Build());

        var result = await MergeAsync(rep, [survivor, classed], survivor, new() { [MergeField.AccessClass] = classed, [MergeField.FirstName] = classed });

        Assert.True(result.Succeeded);
        await using var check = database.Context(admin);
        var merged = await check.Contacts.SingleAsync(c => c.Id == survivor);
        Assert.Equal("Cela", merged.FirstName);
        Assert.Null(merged.AccessClassId);
    }

    [Fact]
    public async Task The_preview_suggests_the_survivors_value_or_else_the_first_one_filled_in()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-preview-manager"));
        var survivor = await database.AddContactAsync(manager, APerson("Dorota", "Podglądowa").With(i => i.City = "Gdańsk").Build());
        var other = await database.AddContactAsync(manager, APerson("Dora", "Podglądowa").With(i => i.City = "Sopot").With(i => i.Country = "Polska")
            .WithEmails("dora@podglad.pl").Build());

        await using var db = database.Context(manager);
        var preview = (await new MergeQueries(db, manager).PreviewAsync([survivor, other], None)).Value!;

        Assert.Equal([survivor, other], preview.Contacts.Select(c => c.Id));
        Assert.Equal(survivor, preview.SuggestedSurvivorId);
        Assert.Equal(survivor, preview.SuggestedChoices[MergeField.City]);
        Assert.Equal(other, preview.SuggestedChoices[MergeField.Country]);
        Assert.Equal(["dora@podglad.pl"], preview.Contacts[1].Emails);
        Assert.Contains(MergeField.AccessClass, preview.Fields);
        Assert.Equal(await db.Contacts.Where(c => c.Id == other).Select(c => c.Version).SingleAsync(), preview.Contacts[1].Version);
    }

    [Fact]
    public async Task People_and_companies_cannot_be_merged_with_each_other()
    {
        var manager = TestUser.Manager(await database.AddUserAsync("merge-kinds-manager"));
        var person = await database.AddContactAsync(manager, APerson("Feliks", "Mieszany").Build());
        var company = await database.AddContactAsync(manager, ACompany("Mieszany S.A.").Build());

        var result = await MergeAsync(manager, [person, company], person);

        Assert.Equal(MergeMessages.KindsDiffer, Assert.Single(result.Failures).MessageKey);
    }

    private async Task<Result> MergeAsync(TestUser user, IReadOnlyList<int> ids, int survivorId, Dictionary<MergeField, int>? choices = null)
    {
        var versions = await VersionsAsync(user, [.. ids]);
        await using var db = database.Context(user);
        return await new ContactMerge(db, user, database.Clock).MergeAsync(new MergeRequest(ids, survivorId, choices ?? [], versions), None);
    }

    private async Task<Dictionary<int, Guid>> VersionsAsync(ICurrentUser user, params int[] ids)
    {
        await using var db = database.Context(user);
        return await db.Contacts.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Version);
    }

    private async Task<int> AddListAsync(ICurrentUser user, string name, params int[] contactIds)
    {
        await using var db = database.Context(user);
        var list = new ContactList { Name = name, NameKey = ListInput.NameKeyOf(name) };
        db.ContactLists.Add(list);
        await db.SaveChangesAsync();
        await database.ListMembership(db, user).AddAsync(list, contactIds, None);
        return list.Id;
    }

    /// <summary>A context whose save fails as a concurrent change would, after the merge has run its set-based statements.</summary>
    private CrmDbContext FailingContext(ICurrentUser user)
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        SqliteDesignTimeFactory.Configure(builder, database.ConnectionString);
        builder.AddInterceptors(new AuditingInterceptor(user, database.Clock), new FailingSave());
        return new CrmDbContext(builder.Options);
    }

    private sealed class FailingSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw new DbUpdateConcurrencyException("Simulated: a contact changed while the merge ran.");
    }
}
