using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Notes;

/// <summary>Notes on leads and contacts: who may write, read, edit and delete them, and the history they leave.</summary>
public sealed class NoteCommandsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Adding_a_note_to_a_lead_saves_it_with_its_author_and_a_history_line()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("note-author"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Dźwigi"));

        var id = await AddAsync(rep, lead, "  Klient prosi o ofertę do piątku.  ");

        await using var check = database.Context(rep);
        var notes = await TestDatabase.NoteQueries(check, rep).OfRecordAsync(lead, None);
        var note = Assert.Single(notes!);
        Assert.Equal(id, note.Id);
        Assert.Equal("Klient prosi o ofertę do piątku.", note.Text);
        Assert.Equal("note-author", note.AuthorName);
        Assert.True(note.CanEdit);
        var line = await check.History.SingleAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == lead.Id && h.Action == NoteMessages.Added);
        Assert.Equal("Klient prosi o ofertę do piątku.", line.Details);
        Assert.Equal(rep.UserId, line.UserId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_note_without_text_is_refused_and_nothing_is_saved(string? text)
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("note-empty-" + Guid.NewGuid().ToString("N")[..6]));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Pusta notatka"));

        await using var db = database.Context(rep);
        var result = await database.NoteCommands(db, rep).AddAsync(lead, text, None);

        Assert.Equal(Messages.Required, Assert.Single(result.Failures).MessageKey);
        Assert.Equal(0, await NotesOfAsync(lead));
    }

    [Fact]
    public async Task A_note_longer_than_the_limit_is_refused_and_an_edit_that_long_changes_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("note-long"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Długa notatka"));
        var tooLong = new string('ż', Note.TextMaxLength + 1);
        var id = await AddAsync(rep, lead, "Krótka");

        await using var db = database.Context(rep);
        var added = await database.NoteCommands(db, rep).AddAsync(lead, tooLong, None);
        var edited = await database.NoteCommands(db, rep).UpdateAsync(id, tooLong, None);

        Assert.Equal(Messages.TooLong, Assert.Single(added.Failures).MessageKey);
        Assert.Equal(Messages.TooLong, Assert.Single(edited.Failures).MessageKey);
        await using var check = database.Context(rep);
        Assert.Equal("Krótka", (await check.Notes.SingleAsync(n => n.Id == id)).Text);
        Assert.Equal(1, await NotesOfAsync(lead));
    }

    [Fact]
    public async Task A_sales_rep_can_neither_read_add_edit_nor_delete_notes_of_another_reps_lead()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("note-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("note-other"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Cudzy lead z notatką"));
        var id = await AddAsync(owner, lead, "Tajne");

        await using var db = database.Context(other);
        var commands = database.NoteCommands(db, other);

        Assert.Null(await TestDatabase.NoteQueries(db, other).OfRecordAsync(lead, None));
        Assert.Null(await TestDatabase.NoteQueries(db, other).GetForEditAsync(id, None));
        Assert.True((await commands.AddAsync(lead, "Wtrącenie", None)).IsNotFound);
        Assert.True((await commands.UpdateAsync(id, "Zmienione", None)).IsNotFound);
        Assert.True((await commands.DeleteAsync(id, None)).IsNotFound);
        await using var check = database.Context(owner);
        Assert.Equal("Tajne", (await check.Notes.SingleAsync(n => n.Id == id)).Text);
        Assert.Equal(1, await NotesOfAsync(lead));
    }

    [Fact]
    public async Task A_sales_rep_who_sees_the_leads_client_through_an_access_class_reads_and_adds_its_notes()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("note-class-owner"));
        var admin = TestUser.Admin(await database.AddUserAsync("note-class-admin"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(owner, "Lead klienta kluczowego"));
        int classId;
        await using (var db = database.Context(admin))
        {
            var keyAccounts = new SimpleCrm.Application.AccessClasses.AccessClass { Name = "Kluczowi " + Guid.NewGuid().ToString("N")[..6] };
            keyAccounts.NameKey = TextFolding.Fold(keyAccounts.Name);
            db.AccessClasses.Add(keyAccounts);
            await db.SaveChangesAsync();
            classId = keyAccounts.Id;
        }

        var client = await database.AddContactAsync(admin, ContactInputBuilder.APerson("Kluczowa", "Klientka").With(i => i.AccessClassId = classId).OwnedBy(owner.UserId).Build());
        await using (var db = database.Context(admin))
        {
            await db.Leads.Where(l => l.Id == lead.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.ContactId, client));
        }

        await AddAsync(owner, lead, "Od właściciela");
        var holder = TestUser.SalesRep(await database.AddUserAsync("note-class-holder")) with { AccessClassIds = [classId] };
        var outsider = TestUser.SalesRep(await database.AddUserAsync("note-class-outsider"));

        await AddAsync(holder, lead, "Od posiadacza klasy");
        await using var read = database.Context(holder);
        var seen = await TestDatabase.NoteQueries(read, holder).OfRecordAsync(lead, None);
        Assert.Equal(["Od posiadacza klasy", "Od właściciela"], seen!.Select(n => n.Text));
        Assert.Null(await TestDatabase.NoteQueries(read, outsider).OfRecordAsync(lead, None));
    }

    [Fact]
    public async Task Only_the_author_edits_a_note_and_the_edit_is_recorded()
    {
        var author = TestUser.SalesRep(await database.AddUserAsync("note-editor"));
        var manager = TestUser.Manager(await database.AddUserAsync("note-manager"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(author, "Edycja notatki"));
        var id = await AddAsync(author, lead, "Pierwsza wersja");

        Result byManager;
        await using (var db = database.Context(manager))
        {
            byManager = await database.NoteCommands(db, manager).UpdateAsync(id, "Wersja kierownika", None);
        }

        database.Clock.Now = database.Clock.Now.AddMinutes(5);
        Result byAuthor;
        await using (var db = database.Context(author))
        {
            byAuthor = await database.NoteCommands(db, author).UpdateAsync(id, "Druga wersja", None);
        }

        Assert.Equal(NoteMessages.NotYours, Assert.Single(byManager.Failures).MessageKey);
        Assert.True(byAuthor.Succeeded);
        await using var check = database.Context(author);
        var note = Assert.Single((await TestDatabase.NoteQueries(check, author).OfRecordAsync(lead, None))!);
        Assert.Equal("Druga wersja", note.Text);
        Assert.True(note.WasEdited);
        Assert.Equal(["Druga wersja"], await check.History.Where(h => h.RecordId == lead.Id && h.Action == NoteMessages.Edited).Select(h => h.Details).ToListAsync());
    }

    [Fact]
    public async Task An_admin_deletes_anyones_note_a_manager_only_their_own()
    {
        var author = TestUser.SalesRep(await database.AddUserAsync("note-del-author"));
        var manager = TestUser.Manager(await database.AddUserAsync("note-del-manager"));
        var admin = TestUser.Admin(await database.AddUserAsync("note-del-admin"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(author, "Usuwanie notatek"));
        var id = await AddAsync(author, lead, "Do usunięcia");

        await using var db = database.Context(manager);
        var byManager = await database.NoteCommands(db, manager).DeleteAsync(id, None);
        await using var adminDb = database.Context(admin);
        var asSeenByManager = await TestDatabase.NoteQueries(db, manager).OfRecordAsync(lead, None);
        var asSeenByAdmin = await TestDatabase.NoteQueries(adminDb, admin).OfRecordAsync(lead, None);
        var byAdmin = await database.NoteCommands(adminDb, admin).DeleteAsync(id, None);

        Assert.Equal(NoteMessages.NotYours, Assert.Single(byManager.Failures).MessageKey);
        Assert.False(Assert.Single(asSeenByManager!).CanDelete);
        Assert.True(Assert.Single(asSeenByAdmin!).CanDelete);
        Assert.False(Assert.Single(asSeenByAdmin!).CanEdit);
        Assert.True(byAdmin.Succeeded);
        Assert.Equal(0, await NotesOfAsync(lead));
        await using var check = database.Context(admin);
        Assert.True(await check.History.AnyAsync(h => h.RecordId == lead.Id && h.RecordType == HistoryRecordTypes.Lead && h.Action == NoteMessages.Deleted && h.UserId == admin.UserId));
    }

    [Fact]
    public async Task Notes_of_a_contact_are_read_only_by_those_who_see_the_contact()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("note-contact-owner"));
        var other = TestUser.SalesRep(await database.AddUserAsync("note-contact-other"));
        var contact = RecordRef.Contact(await database.AddContactAsync(owner, ContactInputBuilder.APerson("Ona", "Notatkowa").Build()));
        await AddAsync(owner, contact, "Woli telefon po 16.");

        await using var db = database.Context(other);
        Assert.Null(await TestDatabase.NoteQueries(db, other).OfRecordAsync(contact, None));
        Assert.True((await database.NoteCommands(db, other).AddAsync(contact, "Wtrącenie", None)).IsNotFound);
        await using var ownDb = database.Context(owner);
        Assert.Equal("Woli telefon po 16.", Assert.Single((await TestDatabase.NoteQueries(ownDb, owner).OfRecordAsync(contact, None))!).Text);
        Assert.True(await ownDb.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Contact && h.RecordId == contact.Id && h.Action == NoteMessages.Added));
    }

    [Fact]
    public async Task The_note_mover_moves_exactly_that_leads_notes_to_the_contact_and_says_so_on_the_contact()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("note-mover"));
        var lead = RecordRef.Lead(await database.AddLeadAsync(rep, "Lead do konwersji"));
        var otherLead = RecordRef.Lead(await database.AddLeadAsync(rep, "Inny lead"));
        var contact = RecordRef.Contact(await database.AddContactAsync(rep, ContactInputBuilder.APerson("Nowy", "Klient").Build()));
        await AddAsync(rep, lead, "Pierwsza");
        await AddAsync(rep, lead, "Druga");
        await AddAsync(rep, otherLead, "Zostaje");
        // A contact with the lead's id must not lose or gain anything: the type is part of the address.
        var sameIdContact = RecordRef.Contact(lead.Id);

        await using (var db = database.Context(rep))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new NoteMover(db, rep, database.Clock).MoveAsync(lead, contact, None);
            await transaction.CommitAsync();
        }

        await using var check = database.Context(rep);
        Assert.Equal(0, await NotesOfAsync(lead));
        Assert.Equal(["Druga", "Pierwsza"], await check.Notes.Where(n => n.RecordType == contact.Type && n.RecordId == contact.Id).OrderByDescending(n => n.Id).Select(n => n.Text).ToListAsync());
        Assert.Equal(["Zostaje"], await check.Notes.Where(n => n.RecordType == otherLead.Type && n.RecordId == otherLead.Id).Select(n => n.Text).ToListAsync());
        Assert.Equal(sameIdContact.Id == contact.Id ? 2 : 0, await NotesOfAsync(sameIdContact));
        var arrived = await check.History.SingleAsync(h => h.RecordType == contact.Type && h.RecordId == contact.Id && h.Action == NoteMessages.Arrived);
        Assert.Equal("2", arrived.Details);
    }

    private async Task<int> AddAsync(TestUser user, RecordRef record, string text)
    {
        await using var db = database.Context(user);
        var result = await database.NoteCommands(db, user).AddAsync(record, text, None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }

    private async Task<int> NotesOfAsync(RecordRef record)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Notes.CountAsync(n => n.RecordType == record.Type && n.RecordId == record.Id);
    }
}
