using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Leads.Conversion.ConversionScene;

namespace SimpleCrm.Application.Tests.Leads.Conversion;

/// <summary>A conversion is all or nothing, happens once per lead, and only to a lead the user may see.</summary>
public sealed class LeadConversionGuardTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public async Task InitializeAsync()
    {
        await using var db = database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_mover_that_fails_rolls_back_the_contacts_the_lead_and_the_history()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("rollback-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));
        var (input, version) = await DraftAsync(database, rep, leadId, ConversionTarget.PersonAndCompany);

        await using (var db = database.Context(rep))
        {
            var first = new RecordingMover(db);
            var failing = new RecordingMover(db, fails: true);
            await Assert.ThrowsAsync<InvalidOperationException>(() => database.LeadConversion(db, rep, first, failing).ConvertAsync(leadId, input, version, None));
            Assert.Single(failing.Calls);
        }

        await AssertUnconvertedAsync(leadId, version, tag);
    }

    [Fact]
    public async Task A_converted_lead_cannot_be_converted_again_not_even_after_leaving_the_converted_status()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("twice-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));
        Assert.True((await ConvertAsync(database, rep, leadId, ConversionTarget.Person)).Succeeded);

        var again = await ConvertAsync(database, rep, leadId, ConversionTarget.Company);
        Assert.Equal(LeadConversionMessages.AlreadyConverted, Assert.Single(again.Failures).MessageKey);

        await using (var db = database.Context(rep))
        {
            var open = await db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Open).OrderBy(s => s.Position).Select(s => s.Id).FirstAsync();
            Assert.True((await database.LeadCommands(db, rep).ChangeStatusAsync(leadId, open, await VersionAsync(database, leadId), None)).Succeeded);
        }

        var afterReopening = await ConvertAsync(database, rep, leadId, ConversionTarget.Company);
        Assert.Equal(LeadConversionMessages.AlreadyConverted, Assert.Single(afterReopening.Failures).MessageKey);

        // Having its contact, it may go back to the Converted status as a plain status change.
        await using (var db = database.Context(rep))
        {
            var converted = await db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Converted).Select(s => s.Id).FirstAsync();
            Assert.True((await database.LeadCommands(db, rep).ChangeStatusAsync(leadId, converted, await VersionAsync(database, leadId), None)).Succeeded);
        }

        await using var check = database.Context(new SystemUser());
        Assert.Equal(1, await check.Contacts.CountAsync(c => c.LastName == $"Żak{tag}" || c.CompanyName == $"Hurtownia {tag}"));
    }

    [Fact]
    public async Task Two_conversions_of_one_lead_at_once_make_exactly_one_contact()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("race-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));
        var (input, version) = await DraftAsync(database, rep, leadId, ConversionTarget.PersonAndCompany);
        await using var first = database.Context(rep);
        await using var second = database.Context(rep);
        // Both contexts hold an open connection before either starts, so neither waits for the other to connect.
        await first.Database.OpenConnectionAsync();
        await second.Database.OpenConnectionAsync();

        var results = await Task.WhenAll(
            Task.Run(() => database.LeadConversion(first, rep).ConvertAsync(leadId, input, version, None)),
            Task.Run(() => database.LeadConversion(second, rep).ConvertAsync(leadId, input, version, None)));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(LeadConversionMessages.AlreadyConverted, Assert.Single(Assert.Single(results, r => !r.Succeeded).Failures).MessageKey);
        await using var check = database.Context(new SystemUser());
        var created = await check.Contacts.Where(c => c.LastName == $"Żak{tag}" || c.CompanyName == $"Hurtownia {tag}").Select(c => c.Id).ToListAsync();
        Assert.Equal(2, created.Count);
        Assert.Contains(await check.Leads.Where(l => l.Id == leadId).Select(l => l.ContactId).SingleAsync(), created.Cast<int?>());
        Assert.Single(await check.History.Where(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == leadId && h.Action == LeadConversion.ConvertedInto).ToListAsync());
    }

    [Fact]
    public async Task A_conversion_from_a_stale_page_is_refused_and_saves_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("stale-rep"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, rep, FullLead(tag));
        var (input, stale) = await DraftAsync(database, rep, leadId, ConversionTarget.PersonAndCompany);
        await using (var db = database.Context(rep))
        {
            var junk = await db.LeadStatuses.Where(s => s.Meaning == LeadStatusMeaning.Junk).Select(s => s.Id).FirstAsync();
            Assert.True((await database.LeadCommands(db, rep).ChangeStatusAsync(leadId, junk, stale, None)).Succeeded);
        }

        var current = await VersionAsync(database, leadId);
        await using (var db = database.Context(rep))
        {
            var result = await database.LeadConversion(db, rep).ConvertAsync(leadId, input, stale, None);
            Assert.Equal(Messages.ConcurrencyConflict, Assert.Single(result.Failures).MessageKey);
        }

        await using var check = database.Context(new SystemUser());
        Assert.Equal(current, await VersionAsync(database, leadId));
        Assert.False(await check.Contacts.AnyAsync(c => c.LastName == $"Żak{tag}" || c.CompanyName == $"Hurtownia {tag}"));
    }

    [Fact]
    public async Task A_sales_rep_cannot_convert_or_even_draft_another_reps_lead()
    {
        var owner = TestUser.SalesRep(await database.AddUserAsync("idor-owner"));
        var intruder = TestUser.SalesRep(await database.AddUserAsync("idor-intruder"));
        var tag = NewTag();
        var leadId = await CreateLeadAsync(database, owner, FullLead(tag));
        var (input, version) = await DraftAsync(database, owner, leadId, ConversionTarget.Person);

        await using (var db = database.Context(intruder))
        {
            Assert.Null(await database.LeadConversionQueries(db, intruder).DraftAsync(leadId, null, None));
            Assert.True((await database.LeadConversion(db, intruder).ConvertAsync(leadId, input, version, None)).IsNotFound);
        }

        await AssertUnconvertedAsync(leadId, version, tag);
    }

    private async Task AssertUnconvertedAsync(int leadId, Guid version, string tag)
    {
        await using var check = database.Context(new SystemUser());
        var lead = await check.Leads.Include(l => l.Status).SingleAsync(l => l.Id == leadId);
        Assert.Equal((LeadStatusMeaning.Open, (int?)null, (DateTime?)null, version), (lead.Status!.Meaning, lead.ContactId, lead.ConvertedAt, lead.Version));
        Assert.False(await check.Contacts.AnyAsync(c => c.LastName == $"Żak{tag}" || c.CompanyName == $"Hurtownia {tag}"));
        Assert.False(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Lead && h.RecordId == leadId));
        Assert.False(await check.History.AnyAsync(h => h.Action == LeadConversion.CreatedFromLead && h.Details == $"Wózki {tag}"));
    }
}
