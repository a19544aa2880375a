using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Deals.AddClients;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals.AddClients;

/// <summary>"Add clients": the union of lists and segments, each person once, the label rule, the limit, visibility.</summary>
public sealed class AddClientsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("add-clients-admin");

    [Fact]
    public async Task Two_lists_with_overlapping_members_give_each_contact_one_deal()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Overlap"));
        var a = await database.AddContactAsync("Overlap-A");
        var both = await database.AddContactAsync("Overlap-Both");
        var b = await database.AddContactAsync("Overlap-B");
        var fair = await database.AddListAsync("Fair", [a, both]);
        var webinar = await database.AddListAsync("Webinar", [both, b]);
        var selection = new AddClientsSelection([fair, webinar], []);

        var (summary, outcome) = await SummarizeAndAddAsync(Admin, stages[0], selection, Fields(stages[0], "Licencja"));

        Assert.Equal((3, 0, 0, 3), (summary.Matched, summary.EmailDuplicates, summary.AlreadyInPipeline, summary.ToAdd));
        Assert.Equal(new AddClientsOutcome(3, 0, 0), outcome);
        Assert.Equal([a, both, b], await DealContactsAsync(stages[0].PipelineId));
        Assert.All(await DealsAsync(stages[0].PipelineId), d => Assert.Equal((DealSource.List, "Licencja"), (d.Source, d.Label)));
    }

    [Fact]
    public async Task Two_contacts_with_the_same_normalized_email_give_one_deal_to_the_older_one()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Email twins"));
        var older = await database.AddPersonAsync("Twin-Older", null, "Jan@X.pl ");
        var newer = await database.AddPersonAsync("Twin-Newer", null, "other@y.pl", "jan@x.pl");
        var single = await database.AddPersonAsync("Twin-Single", null, "solo@x.pl");
        var list = await database.AddListAsync("Twins", [newer, older, single]);

        var (summary, outcome) = await SummarizeAndAddAsync(Admin, stages[0], new AddClientsSelection([list], []), Fields(stages[0], "Serwis"));

        Assert.Equal((3, 1, 2), (summary.Matched, summary.EmailDuplicates, summary.ToAdd));
        Assert.Equal(new AddClientsOutcome(2, 0, 1), outcome);
        Assert.Equal([older, single], await DealContactsAsync(stages[0].PipelineId));
    }

    [Fact]
    public async Task A_contact_holding_an_open_deal_of_the_folded_label_is_skipped_and_counted_but_one_with_a_won_deal_is_added()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Label rule"));
        var holder = await database.AddContactAsync("Label-Holder");
        var winner = await database.AddContactAsync("Label-Winner");
        await database.AddDealAsync(stages[1].Id, holder, "  ŻÓŁTA licencja ");
        await database.AddDealAsync(stages.Single(s => s.Kind == StageKind.Won).Id, winner, "Żółta licencja");
        var list = await database.AddListAsync("Label rule", [holder, winner]);

        var (summary, outcome) = await SummarizeAndAddAsync(Admin, stages[0], new AddClientsSelection([list], []), Fields(stages[0], "żółta LICENCJA"));

        Assert.Equal((2, 1, 1), (summary.Matched, summary.AlreadyInPipeline, summary.ToAdd));
        Assert.Equal(new AddClientsOutcome(1, 1, 0), outcome);
        Assert.Equal(2, await DealsOfAsync(winner, stages[0].PipelineId));
        Assert.Equal(1, await DealsOfAsync(holder, stages[0].PipelineId));
    }

    [Fact]
    public async Task A_segment_and_a_list_add_their_union_as_segment_deals()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Union"));
        var listed = await database.AddContactAsync("Union-Listed");
        var both = await database.AddContactAsync("Unionseg-Both");
        var segmented = await database.AddContactAsync("Unionseg-Only");
        await database.AddContactAsync("Union-Neither");
        var list = await database.AddListAsync("Union", [listed, both]);
        var segment = await database.AddSegmentAsync(new ContactFilter { Search = "Unionseg" }, shared: true);

        var (summary, outcome) = await SummarizeAndAddAsync(Admin, stages[0], new AddClientsSelection([list], [segment]), Fields(stages[0], "Abonament"));

        Assert.Equal(3, summary.Matched);
        Assert.Equal(3, outcome.Added);
        Assert.Equal([listed, both, segmented], await DealContactsAsync(stages[0].PipelineId));
        Assert.All(await DealsAsync(stages[0].PipelineId), d => Assert.Equal(DealSource.Segment, d.Source));
    }

    [Fact]
    public async Task Hand_picked_ids_outside_the_chosen_contacts_are_ignored()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Picked"));
        var picked = await database.AddContactAsync("Picked-Yes");
        var left = await database.AddContactAsync("Picked-No");
        var outsider = await database.AddContactAsync("Picked-Outsider");
        var list = await database.AddListAsync("Picked", [picked, left]);

        var (summary, outcome) = await SummarizeAndAddAsync(Admin, stages[0], new AddClientsSelection([list], [], [picked, outsider]), Fields(stages[0], "Szkolenie"));

        Assert.Equal((2, 1, 1), (summary.Matched, summary.Picked!.Value, summary.ToAdd));
        Assert.Equal(1, outcome.Added);
        Assert.Equal([picked], await DealContactsAsync(stages[0].PipelineId));
    }

    [Fact]
    public async Task A_posted_email_twin_the_picker_never_showed_is_not_counted_nor_added()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Picked twin"));
        var older = await database.AddPersonAsync("Twin-Shown", null, "twin@pick.pl");
        var twin = await database.AddPersonAsync("Twin-Hidden", null, "TWIN@pick.pl");
        var list = await database.AddListAsync("Picked twin", [older, twin]);
        var selection = new AddClientsSelection([list], [], [older, twin]);
        await using var db = database.Context(Admin);

        var page = await database.Queries(db, Admin).CandidatesAsync(selection, null, 1, CancellationToken.None);
        var (summary, outcome) = await SummarizeAndAddAsync(Admin, stages[0], selection, Fields(stages[0], "Bliźniak"));

        Assert.Equal([older], page!.Items.Select(c => c.Id));
        Assert.Equal((2, 1, 1, 1), (summary.Matched, summary.EmailDuplicates, summary.Picked!.Value, summary.ToAdd));
        Assert.Equal(1, outcome.Added);
        Assert.Equal([older], await DealContactsAsync(stages[0].PipelineId));
    }

    [Fact]
    public async Task One_contact_over_the_limit_is_refused_with_the_count_and_nothing_is_added()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Over the limit"));
        List<int> contacts;
        await using (var seed = database.Context(new SystemUser()))
        {
            contacts = await ContactRows.AddAsync(seed, 1001, "Limit", null);
        }

        var selection = new AddClientsSelection([await database.AddListAsync("Limit", contacts)], []);
        await using var db = database.Context(Admin);
        var summary = await database.Queries(db, Admin).SummarizeAsync(stages[0].PipelineId, selection, "Audyt", CancellationToken.None);
        var result = await database.AddClients(db, Admin).AddAsync(stages[0].PipelineId, selection, Fields(stages[0], "Audyt"), CancellationToken.None);

        Assert.Equal((1001, 1000, true), (summary!.ToAdd, summary.Limit, summary.OverLimit));
        Assert.Equal(AddClientsMessages.TooMany, Assert.Single(result.Failures).MessageKey);
        Assert.Empty(await DealContactsAsync(stages[0].PipelineId));
    }

    [Fact]
    public async Task The_limit_is_a_setting()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Small limit"));
        List<int> contacts;
        await using (var seed = database.Context(new SystemUser()))
        {
            contacts = await ContactRows.AddAsync(seed, 6, "Small", null);
        }

        var six = new AddClientsSelection([await database.AddListAsync("Six", contacts)], []);
        var five = new AddClientsSelection([await database.AddListAsync("Five", contacts.Take(5))], []);
        await using var db = database.Context(Admin);

        var refused = await database.AddClients(db, Admin, limit: 5).AddAsync(stages[0].PipelineId, six, Fields(stages[0], "Mały"), CancellationToken.None);
        var added = await database.AddClients(db, Admin, limit: 5).AddAsync(stages[0].PipelineId, five, Fields(stages[0], "Mały"), CancellationToken.None);

        Assert.Equal(AddClientsMessages.TooMany, Assert.Single(refused.Failures).MessageKey);
        Assert.Equal(5, added.Value!.Added);
    }

    [Fact]
    public async Task A_rep_adds_only_the_contacts_they_see()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Rep"));
        var rep = TestUser.SalesRep(await database.AddUserAsync("add-clients-rep"));
        var other = await database.AddUserAsync("add-clients-other");
        var own = await database.AddPersonAsync("Rep-Own", rep.UserId);
        var foreign = await database.AddPersonAsync("Rep-Foreign", other);
        var list = await database.AddListAsync("Rep", [own, foreign]);

        var (summary, outcome) = await SummarizeAndAddAsync(rep, stages[0], new AddClientsSelection([list], [], [own, foreign]), Fields(stages[0], "Wizyta"));

        Assert.Equal((1, 1), (summary.Matched, outcome.Added));
        Assert.Equal([own], await DealContactsAsync(stages[0].PipelineId));
    }

    [Fact]
    public async Task A_stage_of_another_pipeline_is_refused_before_anything_is_written()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Target"));
        var elsewhere = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Elsewhere"));
        var list = await database.AddListAsync("Wrong stage", [await database.AddContactAsync("Wrong-Stage")]);
        await using var db = database.Context(Admin);

        var result = await database.AddClients(db, Admin).AddAsync(stages[0].PipelineId, new AddClientsSelection([list], []), Fields(elsewhere[0], "Licencja"), CancellationToken.None);

        Assert.Equal(new Failure(AddClientsMessages.StageUnknown, nameof(AddClientsInput.StageId)), Assert.Single(result.Failures));
        Assert.Empty(await DealContactsAsync(stages[0].PipelineId));
        Assert.Empty(await DealContactsAsync(elsewhere[0].PipelineId));
    }

    [Fact]
    public async Task Missing_label_negative_value_and_a_bad_currency_are_refused_by_field()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Fields"));
        await using var db = database.Context(Admin);

        var failures = await database.AddClients(db, Admin).ValidateAsync(
            stages[0].PipelineId, new AddClientsInput { Label = " ", StageId = stages[0].Id, Value = -1, Currency = "ZŁ" }, CancellationToken.None);

        Assert.Equal([nameof(AddClientsInput.Label), nameof(AddClientsInput.Value), nameof(AddClientsInput.Currency)], failures.Select(f => f.Field));
    }

    [Fact]
    public async Task A_segment_of_another_user_is_not_found()
    {
        var stages = await database.StagesAsync(await database.AddPipelineAsync(Admin, "Private segment"));
        var segment = await database.AddSegmentAsync(new ContactFilter { Search = "x" }, shared: false);
        await using var db = database.Context(Admin);

        var result = await database.AddClients(db, Admin).AddAsync(stages[0].PipelineId, new AddClientsSelection([], [segment]), Fields(stages[0], "X"), CancellationToken.None);

        Assert.True(result.IsNotFound);
    }

    private static AddClientsInput Fields(Stage stage, string label) => new() { Label = label, StageId = stage.Id, Value = 100, Currency = "pln" };

    private async Task<(AddClientsSummary Summary, AddClientsOutcome Outcome)> SummarizeAndAddAsync(
        TestUser user, Stage stage, AddClientsSelection selection, AddClientsInput input)
    {
        await using var db = database.Context(user);
        var summary = await database.Queries(db, user).SummarizeAsync(stage.PipelineId, selection, input.Label, CancellationToken.None);
        var result = await database.AddClients(db, user).AddAsync(stage.PipelineId, selection, input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return (summary!, result.Value!);
    }

    private async Task<List<Deal>> DealsAsync(int pipelineId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Deals.AsNoTracking().Where(d => d.PipelineId == pipelineId).OrderBy(d => d.ContactId).ToListAsync();
    }

    private async Task<List<int>> DealContactsAsync(int pipelineId) => [.. (await DealsAsync(pipelineId)).Select(d => d.ContactId)];

    private async Task<int> DealsOfAsync(int contactId, int pipelineId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Deals.CountAsync(d => d.ContactId == contactId && d.PipelineId == pipelineId);
    }
}
