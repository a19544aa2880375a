using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Deals;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Leads.Conversion.ConversionScene;

namespace SimpleCrm.Application.Tests.Leads.Conversion;

/// <summary>"Create a deal" on the conversion: the contact gets a deal from the lead, in the same transaction.</summary>
public sealed class LeadConversionDealTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly TestUser Admin = TestUser.Admin("conversion-deal-admin");

    private List<Stage> _stages = [];

    public async Task InitializeAsync()
    {
        await using (var db = database.Context(new SystemUser()))
        {
            await LeadDefaultsSeeder.EnsureAsync(db, None);
        }

        _stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Conversion " + NewTag()));
        database.Clock.Now = database.Clock.Now.AddMinutes(10);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_page_proposes_a_deal_from_the_leads_products_amount_and_currency_in_an_open_stage()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("deal-draft-rep"));
        var leadId = await CreateLeadAsync(database, rep, WithProducts(FullLead(NewTag()), "Wózki widłowe"));

        var (input, _) = await DraftAsync(database, rep, leadId, ConversionTarget.Person);
        await using var db = database.Context(rep);
        var draft = await database.LeadConversionQueries(db, rep).DraftAsync(leadId, null, None);

        Assert.Equal(("Wózki widłowe", 12000m, "PLN", false), (input.DealLabel, input.DealValue!.Value, input.DealCurrency, input.CreateDeal));
        var offered = draft!.Pipelines.Single(p => p.Id == _stages[0].PipelineId).Stages.Select(s => s.Id);
        Assert.Equal(_stages.Where(s => s.Kind == StageKind.Open).Select(s => s.Id), offered);
    }

    [Fact]
    public async Task Converting_with_a_deal_creates_it_for_the_new_contact_with_its_owner_source_history_and_the_stages_tasks()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("deal-convert-rep"));
        var proposal = _stages[2].Id;
        await database.AddStageTemplateAsync("Proposal follow-up " + NewTag(), proposal, t => t.Title = "Follow up in 3 days");
        var leadId = await CreateLeadAsync(database, rep, FullLead(NewTag()));
        var (input, version) = await DraftAsync(database, rep, leadId, ConversionTarget.Person);
        (input.CreateDeal, input.DealStageId, input.DealLabel, input.DealValue, input.DealCurrency) = (true, proposal, " Wózki ", 9500m, "eur");

        Result<int> result;
        await using (var db = database.Context(rep))
        {
            result = await database.LeadConversion(db, rep).ConvertAsync(leadId, input, version, None);
        }

        Assert.True(result.Succeeded, result.Failures.Describe());
        await using var check = database.Context(new SystemUser());
        var deal = await check.Deals.AsNoTracking().SingleAsync(d => d.ContactId == result.Value);
        Assert.Equal((_stages[0].PipelineId, proposal, "Wózki", 9500m, "EUR"), (deal.PipelineId, deal.StageId, deal.Label, deal.Value!.Value, deal.Currency));
        Assert.Equal((rep.UserId, DealSource.Lead, true), (deal.ResponsibleUserId, deal.Source, deal.IsOpen));
        Assert.Equal(
            DealSource.Lead.ToString(),
            await check.History.Where(h => h.RecordType == HistoryRecordTypes.Deal && h.RecordId == deal.Id && h.Action == DealBatchInsert.DealCreated).Select(h => h.Details).SingleAsync());
        var task = Assert.Single(await database.DealTasksAsync(deal.Id));
        Assert.Equal(("Follow up in 3 days", rep.UserId), (task.Title, (string?)task.AssigneeId));
    }

    [Fact]
    public async Task Assigning_to_a_contact_that_has_the_label_open_in_the_pipeline_is_refused_on_the_label_and_saves_nothing()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("deal-clash-rep"));
        int contact;
        await using (var seed = database.Context(new SystemUser()))
        {
            contact = (await ContactRows.AddAsync(seed, 1, "Kolizja", rep.UserId))[0];
        }

        await database.AddDealAsync(_stages[1].Id, contact, "SERWIS");
        var leadId = await CreateLeadAsync(database, rep, FullLead(NewTag()));
        var (input, version) = await DraftAsync(database, rep, leadId, ConversionTarget.Person);
        (input.CreateDeal, input.DealStageId, input.DealLabel) = (true, _stages[0].Id, "Serwis");

        Result<int> result;
        await using (var db = database.Context(rep))
        {
            result = await database.LeadConversion(db, rep).AssignAsync(leadId, contact, version, null, input, None);
        }

        Assert.Equal([(nameof(LeadConversionInput.DealLabel), LeadConversionMessages.DealLabelTaken)], result.Failures.Select(f => (f.Field, f.MessageKey)));
        await using var check = database.Context(new SystemUser());
        Assert.Equal(1, await check.Deals.CountAsync(d => d.ContactId == contact));
        var lead = await check.Leads.AsNoTracking().SingleAsync(l => l.Id == leadId);
        Assert.Equal((null, null, version), (lead.ContactId, lead.ConvertedAt, lead.Version));
        Assert.False(await check.History.AnyAsync(h => h.RecordType == HistoryRecordTypes.Contact && h.RecordId == contact && h.Action == LeadConversion.LeadAssigned));
    }

    [Fact]
    public async Task Assigning_with_a_new_label_gives_the_existing_contact_the_deal_owned_by_the_contacts_owner()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("deal-assign-rep"));
        var owner = await database.AddUserAsync("deal-assign-owner");
        int contact;
        await using (var seed = database.Context(new SystemUser()))
        {
            contact = (await ContactRows.AddAsync(seed, 1, "Przypisany", owner))[0];
        }

        var manager = TestUser.Manager(await database.AddUserAsync("deal-assign-manager"));
        var leadId = await CreateLeadAsync(database, rep, FullLead(NewTag()));
        var (input, version) = await DraftAsync(database, manager, leadId, ConversionTarget.Person);
        (input.CreateDeal, input.DealStageId, input.DealLabel) = (true, _stages[0].Id, "Montaż");

        Result<int> result;
        await using (var db = database.Context(manager))
        {
            result = await database.LeadConversion(db, manager).AssignAsync(leadId, contact, version, null, input, None);
        }

        Assert.True(result.Succeeded, result.Failures.Describe());
        await using var check = database.Context(new SystemUser());
        var deal = await check.Deals.AsNoTracking().SingleAsync(d => d.ContactId == contact);
        Assert.Equal(("Montaż", owner, DealSource.Lead), (deal.Label, deal.ResponsibleUserId, deal.Source));
    }

    [Fact]
    public async Task A_deal_in_a_won_stage_an_archived_pipeline_or_without_a_label_is_refused_on_its_fields_and_nothing_is_created()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("deal-refused-rep"));
        var archived = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Archived " + NewTag()));
        await using (var db = database.Context(Admin))
        {
            Assert.True((await TestDatabase.Pipelines(db, Admin).SetArchivedAsync(archived[0].PipelineId, true, None)).Succeeded);
        }

        var leadId = await CreateLeadAsync(database, rep, FullLead(NewTag()));
        var (input, version) = await DraftAsync(database, rep, leadId, ConversionTarget.Person);
        var failures = new List<string>();
        foreach (var (stage, label) in new[] { (_stages.Single(s => s.Kind == StageKind.Won).Id, "Serwis"), (archived[0].Id, "Serwis"), (_stages[0].Id, " ") })
        {
            (input.CreateDeal, input.DealStageId, input.DealLabel) = (true, stage, label);
            await using var db = database.Context(rep);
            var result = await database.LeadConversion(db, rep).ConvertAsync(leadId, input, version, None);
            failures.AddRange(result.Failures.Select(f => $"{f.Field}: {f.MessageKey}"));
        }

        Assert.Equal(
            [$"DealStageId: {LeadConversionMessages.DealStageUnknown}", $"DealStageId: {LeadConversionMessages.DealStageUnknown}", "DealLabel: Validation.Required"],
            failures);
        await using var check = database.Context(new SystemUser());
        Assert.Null(await check.Leads.Where(l => l.Id == leadId).Select(l => l.ContactId).SingleAsync());
    }

    private static LeadInput WithProducts(LeadInput input, string products)
    {
        input.ProductsOfInterest = products;
        return input;
    }
}
