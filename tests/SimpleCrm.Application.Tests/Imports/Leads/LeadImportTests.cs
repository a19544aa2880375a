using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;
using static SimpleCrm.Application.Tests.Imports.Leads.LeadImportFixture;

namespace SimpleCrm.Application.Tests.Imports.Leads;

public sealed class LeadImportTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Imported_leads_get_status_source_and_owner_by_name_else_the_defaults_a_note_an_imported_line_and_the_creator_as_author()
    {
        var manager = await database.UserAsync("lead-imp-manager", Roles.Manager);
        var owner = await database.AddUserAsync("Olga Opiekunka");
        var statuses = await database.LeadStatusIdsAsync();
        int websiteId, fairId;
        await using (var db = database.Context(manager))
        {
            websiteId = await db.LeadSources.Where(s => s.Name == "Website").Select(s => s.Id).SingleAsync();
            fairId = await db.LeadSources.Where(s => s.Name == "Fair").Select(s => s.Id).SingleAsync();
        }

        var id = await database.StartLeadImportAsync(manager, Request(ImportDuplicatePolicy.Skip, new ImportDefaults(StatusId: statuses["NotContacted"], SourceId: fairId)));
        await database.RunAsJobAsync(id, Table(
            Row("Targi Poznań", "Jan", "Kowalski", "Jan@Leads.pl", "601 200 300", "PL 123-456", "in progress", "WEBSITE", "olga opiekunka", "1 234,50", "05.03.1990", "dzwonić po 15"),
            Row(first: "Anna", last: "Nowak", email: "anna@leads.pl", status: "Nieznany", owner: "nikt"),
            Row("Zły", email: "zly@leads.pl", amount: "abc")));

        await using var check = database.Context(manager);
        var jan = await check.Leads.SingleAsync(l => l.Name == "Targi Poznań");
        Assert.Equal((statuses["InProgress"], websiteId, owner), (jan.StatusId, jan.SourceId, jan.ResponsibleUserId));
        Assert.Equal(("jan@leads.pl", "+48601200300", "PL123456", 1234.50m, new DateOnly(1990, 3, 5)), (jan.EmailKey, jan.PhoneE164, jan.CompanyCodeKey, jan.EstimatedAmount, jan.BirthDate));
        Assert.Equal((manager.UserId, manager.UserId), (jan.CreatedById, jan.UpdatedById));
        Assert.Equal("Uwagi: dzwonić po 15", await check.Notes.Where(n => n.RecordType == HistoryRecordTypes.Lead && n.RecordId == jan.Id).Select(n => n.Text).SingleAsync());
        Assert.True(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == jan.Id && h.Action == TimelineKinds.Imported));
        var anna = await check.Leads.SingleAsync(l => l.Name == "Anna Nowak");
        Assert.Equal((statuses["NotContacted"], fairId, manager.UserId), (anna.StatusId, anna.SourceId, anna.ResponsibleUserId));
        var error = await check.ImportErrors.SingleAsync(e => e.ImportId == id);
        Assert.Equal((4, ImportMessages.InvalidNumber, "[\"Kwota\"]"), (error.RowNumber, error.MessageKey, error.Arguments));
        var import = await database.ImportAsync(id);
        Assert.Equal((ImportStatus.Completed, 3, 2, 1), (import.Status, import.Processed, import.Created, import.Failed));
    }

    [Theory]
    [InlineData(ImportDuplicatePolicy.Skip, 1, 0, 5)]
    [InlineData(ImportDuplicatePolicy.Update, 1, 4, 1)]
    [InlineData(ImportDuplicatePolicy.CreateAnyway, 6, 0, 0)]
    public async Task Duplicates_by_email_phone_and_company_code_in_the_database_and_the_file_follow_the_policy(ImportDuplicatePolicy policy, int created, int updated, int skipped)
    {
        var p = policy.ToString().ToLowerInvariant();
        var rep = await database.UserAsync($"lead-dup-{p}-rep", Roles.SalesRep);
        var other = await database.UserAsync($"lead-dup-{p}-other", Roles.SalesRep);
        var byEmail = await database.AddLeadAsync(rep, new LeadInput { Name = "Po mailu", Email = $"mail@{p}.pl", City = "Gdańsk" });
        await database.AddLeadAsync(rep, new LeadInput { Name = "Po telefonie", Phone = policy switch { ImportDuplicatePolicy.Skip => "+48 700 100 001", ImportDuplicatePolicy.Update => "+48 700 100 002", _ => "+48 700 100 003" } });
        await database.AddLeadAsync(rep, new LeadInput { Name = "Po NIP", CompanyCode = $"PL-{p}-1" });
        await database.AddLeadAsync(other, new LeadInput { Name = "Cudzy", Email = $"cudzy@{p}.pl", ResponsibleUserId = other.UserId });
        var phone = policy switch { ImportDuplicatePolicy.Skip => "700100001", ImportDuplicatePolicy.Update => "700100002", _ => "700100003" };

        var id = await database.StartLeadImportAsync(rep, Request(policy));
        await database.RunAsJobAsync(id, Table(
            Row("Mail znowu", email: $"MAIL@{p}.pl", city: "Łódź"),
            Row("Telefon znowu", phone: phone),
            Row("NIP znowu", code: $"pl {p} 1"),
            Row("Cudzy znowu", email: $"cudzy@{p}.pl"),
            Row("Nowy", email: $"nowy@{p}.pl"),
            Row("Nowy znowu", email: $"nowy@{p}.pl", city: "Kraków")), batchSize: 4);

        var import = await database.ImportAsync(id);
        Assert.Equal((created, updated, skipped, 0), (import.Created, import.Updated, import.SkippedDuplicates, import.Failed));
        await using var check = database.Context(new SystemUser());
        var mailLead = await check.Leads.SingleAsync(l => l.Id == byEmail);
        Assert.Equal(policy == ImportDuplicatePolicy.Update ? ("Mail znowu", "Łódź") : ("Po mailu", "Gdańsk"), (mailLead.Name, mailLead.City));
        Assert.Equal(policy == ImportDuplicatePolicy.CreateAnyway ? 2 : 1, await check.Leads.CountAsync(l => l.EmailKey == $"nowy@{p}.pl"));
        Assert.Equal(skipped > 0 ? 1 : 0, await check.ImportErrors.CountAsync(e => e.ImportId == id && e.MessageKey == ImportMessages.DuplicateNotVisible));
    }

    [Fact]
    public async Task A_lead_import_killed_mid_way_resumes_after_its_last_batch_without_duplicates()
    {
        var manager = await database.UserAsync("lead-crash-manager", Roles.Manager);
        var id = await database.StartLeadImportAsync(manager, Request(ImportDuplicatePolicy.Skip));
        var rows = Enumerable.Range(1, 5).Select(i => Row($"Crash {i}", email: $"crash{i}@lead-crash.pl")).ToArray();

        await Assert.ThrowsAsync<IOException>(() => database.RunAsJobAsync(id, new InMemoryImportTable(Header.Split(';'), [.. rows.Select(r => r.Split(';').Select(c => (string?)c).ToArray())]) { CrashAfterRows = 3 }, batchSize: 2));
        Assert.Equal((ImportStatus.Failed, 2), ((await database.ImportAsync(id)).Status, (await database.ImportAsync(id)).Checkpoint));
        var table = Table(rows);
        await database.RunAsJobAsync(id, table, batchSize: 2);

        Assert.Equal(2, table.LastSkipped);
        await using var check = database.Context(manager);
        Assert.Equal(5, await check.Leads.CountAsync(l => l.EmailKey!.EndsWith("@lead-crash.pl")));
        Assert.Equal(5, await check.ImportChanges.CountAsync(c => c.ImportId == id && c.RecordType == HistoryRecordTypes.Lead));
        Assert.Equal((ImportStatus.Completed, 5, 5), ((await database.ImportAsync(id)).Status, (await database.ImportAsync(id)).Created, (await database.ImportAsync(id)).Processed));
    }

    [Fact]
    public async Task Undo_deletes_the_created_leads_restores_an_updated_one_and_keeps_one_changed_since()
    {
        var manager = await database.UserAsync("lead-undo-manager", Roles.Manager);
        var restored = await database.AddLeadAsync(manager, new LeadInput { Name = "Do przywrócenia", Email = "wraca@lead-undo.pl", City = "Gdańsk" });
        var kept = await database.AddLeadAsync(manager, new LeadInput { Name = "Zmieniony potem", Email = "zostaje@lead-undo.pl", City = "Sopot" });
        var id = await database.StartLeadImportAsync(manager, Request(ImportDuplicatePolicy.Update));
        await database.RunAsJobAsync(id, Table(
            Row("Nadpisany", email: "wraca@lead-undo.pl", phone: "601 999 888", city: "Łódź"),
            Row("Też nadpisany", email: "zostaje@lead-undo.pl", city: "Kraków"),
            Row("Nowy z importu", email: "nowy@lead-undo.pl")));
        await using (var db = database.Context(manager))
        {
            var lead = await db.Leads.SingleAsync(l => l.Id == kept);
            var edit = new LeadInput { Name = lead.Name, Email = lead.Email, City = "Zakopane", StatusId = lead.StatusId, SourceId = lead.SourceId, ResponsibleUserId = lead.ResponsibleUserId };
            Assert.True((await database.LeadCommands(db, manager).UpdateAsync(kept, edit, lead.Version, CancellationToken.None)).Succeeded);
        }

        await using var undoDb = database.Context(manager);
        var outcome = await database.ImportCommands(undoDb, manager, new RecordingImportScheduler()).UndoAsync(id, CancellationToken.None);

        Assert.Equal((1, 1), (outcome.Value!.Deleted, outcome.Value.Restored));
        Assert.Equal([kept], outcome.Value.LeftAlone.Select(r => r.Id).ToList());
        await using var check = database.Context(manager);
        var back = await check.Leads.SingleAsync(l => l.Id == restored);
        Assert.Equal(("Do przywrócenia", "Gdańsk", null, null), (back.Name, back.City, back.Phone, back.PhoneE164));
        Assert.Equal(("Też nadpisany", "Zakopane"), await check.Leads.Where(l => l.Id == kept).Select(l => ValueTuple.Create(l.Name, l.City)).SingleAsync());
        Assert.False(await check.Leads.AnyAsync(l => l.Name == "Nowy z importu"));
    }

    [Theory]
    [InlineData("pl", "05.03.2026", "1 234,50")]
    [InlineData("en-US", "3/5/2026", "1,234.50")]
    public async Task Dates_and_amounts_are_read_in_the_uploaders_culture(string culture, string date, string amount)
    {
        var manager = await database.UserAsync("lead-culture-" + culture, Roles.Manager);
        var id = await database.StartLeadImportAsync(manager, Request(ImportDuplicatePolicy.CreateAnyway, culture: culture));
        await database.RunAsJobAsync(id, Table(Row("Kultura " + culture, amount: amount, birth: date)));

        await using var check = database.Context(manager);
        var lead = await check.Leads.SingleAsync(l => l.Name == "Kultura " + culture);
        Assert.Equal((new DateOnly(2026, 3, 5), 1234.50m), (lead.BirthDate, lead.EstimatedAmount));
    }

    [Fact]
    public async Task The_preview_of_a_lead_import_shows_saved_values_and_a_company_code_duplicate_it_will_update()
    {
        var manager = await database.UserAsync("lead-preview-manager", Roles.Manager);
        await database.AddLeadAsync(manager, new LeadInput { Name = "Znana firma", CompanyCode = "PL 555-000" });
        var table = Table(
            Row("Firma z NIP", code: "pl555000", phone: "601 100 200", amount: "1 234,50", status: "in progress", note: "pilne"),
            Row("Zła kwota", amount: "dużo"));

        await using var db = database.Context(manager);
        var result = await new ImportPreview(db, manager, new InMemoryTableOpener(table), database.Phones, database.Clock)
            .PreviewAsync(Request(ImportDuplicatePolicy.Update), CancellationToken.None);

        var page = result.Value!;
        Assert.Equal([ImportRowOutcome.Update, ImportRowOutcome.Fail], page.Rows.Select(r => r.Outcome).ToList());
        var values = page.Columns.Zip(page.Rows[0].Values).ToDictionary(p => p.First.Header, p => p.Second);
        Assert.Equal(("Firma z NIP", "+48601100200", "1234.50", "In progress", "pilne"),
            (values["Nazwa"], values["Telefon"], values["Kwota"], values["Status"], values["Uwagi"]));
        Assert.Equal([new SimpleCrm.Application.Common.Failure(ImportMessages.DuplicateExisting)], page.Rows[0].Problems.ToList());
        Assert.Equal([new SimpleCrm.Application.Common.Failure(ImportMessages.InvalidNumber, "Kwota")], page.Rows[1].Problems.ToList());
        Assert.Null(page.Rows[1].Values[9]);
        Assert.False(await db.Leads.AnyAsync(l => l.Name == "Firma z NIP"));
    }

    [Fact]
    public async Task A_lead_import_needs_a_name_column_and_known_defaults()
    {
        var manager = await database.UserAsync("lead-validate-manager", Roles.Manager);
        await using var db = database.Context(manager);
        var commands = database.ImportCommands(db, manager, new RecordingImportScheduler());

        var noName = await commands.CreateAsync(Request(ImportDuplicatePolicy.Skip, columns: [new ImportColumn(3, ImportTargetKind.Field, ImportFields.Email)]), CancellationToken.None);
        var badDefaults = await commands.CreateAsync(Request(ImportDuplicatePolicy.Skip, new ImportDefaults(StatusId: 99999, SourceId: 99999)), CancellationToken.None);
        var companyOnly = await commands.CreateAsync(Request(ImportDuplicatePolicy.Skip, columns: [new ImportColumn(0, ImportTargetKind.Field, ImportFields.CompanyName)]), CancellationToken.None);

        Assert.Equal([ImportMessages.NameNotMapped], noName.Failures.Select(f => f.MessageKey).ToList());
        Assert.Equal([LeadMessages.StatusUnknown, LeadMessages.SourceUnknown], badDefaults.Failures.Select(f => f.MessageKey).ToList());
        Assert.True(companyOnly.Succeeded);
    }
}
