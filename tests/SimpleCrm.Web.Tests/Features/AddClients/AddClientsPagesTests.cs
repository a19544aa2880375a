using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Deals.AddClients;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.AddClients;

/// <summary>"Add clients" over HTTP: the wizard's steps as plain forms, for the contacts the user sees, in pipelines that are active.</summary>
public sealed class AddClientsPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_rep_walks_the_wizard_with_two_overlapping_lists_and_each_visible_contact_gets_one_deal()
    {
        var (rep, email) = await NewRepAsync("walk");
        var (other, _) = await NewRepAsync("walk-other");
        var (pipeline, stages) = await AddPipelineAsync("Walk");
        var a = await ContactBuilder.Person("Anna", "Spacerowa").OwnedBy(rep).SaveAsync(factory);
        var both = await ContactBuilder.Person("Bartek", "Spacerowy").OwnedBy(rep).SaveAsync(factory);
        var foreign = await ContactBuilder.Person("Cezary", "Cudzy").OwnedBy(other).SaveAsync(factory);
        var first = await AddListAsync("Walk first", a, both);
        var second = await AddListAsync("Walk second", both, foreign);
        var client = await factory.SignedInClientAsync(email);

        var choose = await client.GetDocumentAsync($"/Pipelines/{pipeline}/AddClients");
        var pick = await NextAsync(client, choose, ("ListIds", Id(first)), ("ListIds", Id(second)));
        var fields = await NextAsync(client, pick);
        var summary = await NextAsync(client, fields, ("Input.Label", "Wdrożenie"), ("Input.StageId", Id(stages[1])), ("Input.Value", "1500"), ("Input.Currency", "pln"));
        using var added = await PostAsync(client, summary, $"/Pipelines/{pipeline}/AddClients/Add");

        Assert.Contains("2", pick.QuerySelector("[data-testid=add-clients-matched]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("2", "0", "2"), (Count(summary, "matched"), Count(summary, "duplicates"), Count(summary, "to-add")));
        Assert.Equal($"/Pipelines/{pipeline}", added.RedirectTarget());
        var deals = await factory.WithDbAsync(db => db.Deals.AsNoTracking().Where(d => d.PipelineId == pipeline).OrderBy(d => d.ContactId).ToListAsync());
        Assert.Equal([a, both], deals.Select(d => d.ContactId));
        Assert.All(deals, d => Assert.Equal(("Wdrożenie", stages[1], 1500m, "PLN", rep, DealSource.List), (d.Label, d.StageId, d.Value!.Value, d.Currency, d.ResponsibleUserId, d.Source)));
    }

    [Fact]
    public async Task Going_on_without_a_label_or_stage_shows_the_messages_on_the_deal_fields()
    {
        var (_, email) = await NewRepAsync("fields");
        var (pipeline, _) = await AddPipelineAsync("Fields");
        var list = await AddListAsync("Fields list");
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync($"/Pipelines/{pipeline}/AddClients");

        using var response = await client.PostWithTokenAsync($"/Pipelines/{pipeline}/AddClients", token,
            ("ListIds", Id(list)), ("Input.Label", " "), ("Input.Value", "-5"), ("step", "4"));
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ResourceFile.English("Validation.Required"), page.ValidationMessageFor("Input.Label"));
        Assert.Equal(ResourceFile.English("Validation.Required"), page.ValidationMessageFor("Input.StageId"));
        Assert.Equal(ResourceFile.English(AddClientsMessages.ValueNegative), page.ValidationMessageFor("Input.Value"));
        Assert.NotNull(page.QuerySelector("select[name='Input.StageId']"));
    }

    [Fact]
    public async Task Nothing_chosen_stays_on_the_first_step_with_a_message()
    {
        var (_, email) = await NewRepAsync("none");
        var (pipeline, _) = await AddPipelineAsync("None chosen");
        var client = await factory.SignedInClientAsync(email);

        var page = await NextAsync(client, await client.GetDocumentAsync($"/Pipelines/{pipeline}/AddClients"));

        Assert.Contains(ResourceFile.English(AddClientsMessages.NothingChosen), page.SummaryErrors());
        Assert.NotNull(page.QuerySelector("[data-testid=add-clients-lists]"));
    }

    [Fact]
    public async Task A_stage_of_another_pipeline_is_refused_and_nothing_is_added()
    {
        var (rep, email) = await NewRepAsync("stage");
        var (pipeline, _) = await AddPipelineAsync("Stage target");
        var (_, otherStages) = await AddPipelineAsync("Stage other");
        var list = await AddListAsync("Stage list", await ContactBuilder.Person("Ewa", "Etapowa").OwnedBy(rep).SaveAsync(factory));
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync($"/Pipelines/{pipeline}/AddClients");

        using var response = await client.PostWithTokenAsync($"/Pipelines/{pipeline}/AddClients/Add", token,
            ("ListIds", Id(list)), ("Input.Label", "Obca"), ("Input.StageId", Id(otherStages[0])));

        Assert.Equal(ResourceFile.English(AddClientsMessages.StageUnknown), (await response.ToDocumentAsync()).ValidationMessageFor("Input.StageId"));
        Assert.False(await factory.WithDbAsync(db => db.Deals.AnyAsync(d => d.Label == "Obca")));
    }

    [Fact]
    public async Task An_archived_or_unknown_pipeline_and_another_users_private_segment_answer_404()
    {
        var (rep, email) = await NewRepAsync("hidden");
        var (owner, _) = await NewRepAsync("hidden-owner");
        var (archived, _) = await AddPipelineAsync("Hidden archived", archived: true);
        var (pipeline, stages) = await AddPipelineAsync("Hidden active");
        var segment = await factory.WithDbAsync(async db =>
        {
            var row = new Segment { Name = "Prywatny " + Guid.NewGuid().ToString("N"), OwnerId = owner, Filter = "{}" };
            db.Segments.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        await ContactBuilder.Person("Filip", "Widoczny").OwnedBy(rep).SaveAsync(factory);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync($"/Pipelines/{pipeline}/AddClients");

        using var archivedPage = await client.GetAsync(new Uri($"/Pipelines/{archived}/AddClients", UriKind.Relative));
        using var unknownPage = await client.GetAsync(new Uri($"/Pipelines/{EndpointCatalog.SampleNumber}/AddClients", UriKind.Relative));
        using var segmentStep = await client.PostWithTokenAsync($"/Pipelines/{pipeline}/AddClients", token, ("SegmentIds", Id(segment)), ("step", "2"));
        using var segmentAdd = await client.PostWithTokenAsync($"/Pipelines/{pipeline}/AddClients/Add", token,
            ("SegmentIds", Id(segment)), ("Input.Label", "Prywatne"), ("Input.StageId", Id(stages[0])));

        Assert.Equal(HttpStatusCode.NotFound, archivedPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, segmentStep.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, segmentAdd.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Deals.AnyAsync(d => d.Label == "Prywatne")));
    }

    [Fact]
    public async Task Adding_without_the_antiforgery_token_is_refused_and_anonymous_users_are_sent_to_sign_in()
    {
        var (rep, email) = await NewRepAsync("csrf");
        var (pipeline, stages) = await AddPipelineAsync("Csrf");
        var list = await AddListAsync("Csrf list", await ContactBuilder.Person("Gosia", "Tokenowa").OwnedBy(rep).SaveAsync(factory));
        var client = await factory.SignedInClientAsync(email);

        using var forged = await client.PostWithoutTokenAsync($"/Pipelines/{pipeline}/AddClients/Add",
            ("ListIds", Id(list)), ("Input.Label", "Podrobiona"), ("Input.StageId", Id(stages[0])));
        using var anonymous = await factory.CreateBrowserlikeClient().GetAsync(new Uri($"/Pipelines/{pipeline}/AddClients", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Deals.AnyAsync(d => d.Label == "Podrobiona")));
        Assert.Equal("/Account/Login", anonymous.RedirectPath());
    }

    [Fact]
    public async Task Picking_by_hand_keeps_the_ticks_across_steps_and_ignores_an_id_outside_the_lists()
    {
        var (rep, email) = await NewRepAsync("pick");
        var (pipeline, stages) = await AddPipelineAsync("Pick");
        var picked = await ContactBuilder.Person("Hanna", "Wybrana").OwnedBy(rep).SaveAsync(factory);
        await ContactBuilder.Person("Igor", "Pominięty").OwnedBy(rep).SaveAsync(factory);
        var outsider = await ContactBuilder.Person("Jerzy", "Spoza").OwnedBy(rep).SaveAsync(factory);
        var list = await AddListAsync("Pick list", picked, picked + 1);
        var client = await factory.SignedInClientAsync(email);
        var token = await client.AntiforgeryTokenAsync($"/Pipelines/{pipeline}/AddClients");

        using var fields = await client.PostWithTokenAsync($"/Pipelines/{pipeline}/AddClients", token,
            ("ListIds", Id(list)), ("Mode", "Pick"), ("PickedIds", Id(picked)), ("PickedIds", Id(outsider)), ("step", "3"));
        var summary = await NextAsync(client, await fields.ToDocumentAsync(), ("Input.Label", "Ręczna"), ("Input.StageId", Id(stages[0])));
        using var added = await PostAsync(client, summary, $"/Pipelines/{pipeline}/AddClients/Add");

        Assert.Equal(("1", "1"), (Count(summary, "picked"), Count(summary, "to-add")));
        Assert.Equal([picked], await factory.WithDbAsync(db => db.Deals.Where(d => d.Label == "Ręczna").Select(d => d.ContactId).ToListAsync()));
    }

    [Fact]
    public async Task Over_the_configured_limit_the_summary_tells_the_count_and_offers_no_add_button()
    {
        var (rep, email) = await NewRepAsync("limit");
        var (pipeline, stages) = await AddPipelineAsync("Limit");
        var list = await AddListAsync("Limit list",
            await ContactBuilder.Person("Kamil", "Limitowy").OwnedBy(rep).SaveAsync(factory),
            await ContactBuilder.Person("Lena", "Limitowa").OwnedBy(rep).SaveAsync(factory));
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Deals:AddClientsLimit", "1"));
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var signedIn = await client.SignInAsync(email, CrmWebFactory.Password);
        var token = await client.AntiforgeryTokenAsync($"/Pipelines/{pipeline}/AddClients");

        using var response = await client.PostWithTokenAsync($"/Pipelines/{pipeline}/AddClients", token,
            ("ListIds", Id(list)), ("Input.Label", "Za dużo"), ("Input.StageId", Id(stages[0])), ("step", "4"));
        using var add = await client.PostWithTokenAsync($"/Pipelines/{pipeline}/AddClients/Add", token,
            ("ListIds", Id(list)), ("Input.Label", "Za dużo"), ("Input.StageId", Id(stages[0])));
        var page = await response.ToDocumentAsync();

        Assert.Equal(ResourceFile.English(AddClientsMessages.TooMany).Replace("{0}", "2", StringComparison.Ordinal).Replace("{1}", "1", StringComparison.Ordinal),
            page.QuerySelector("[data-testid=add-clients-too-many]")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-testid=add-clients-add]"));
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Deals.AnyAsync(d => d.Label == "Za dużo")));
    }

    [Fact]
    public async Task A_manager_ends_the_wizard_in_a_rule_for_the_list_instead_of_adding_its_members_now()
    {
        var email = $"add-clients-manager-{Guid.NewGuid():N}@test.local";
        await factory.CreateUserAsync(email, Roles.Manager);
        var (pipeline, stages) = await AddPipelineAsync("Rule");
        var member = await ContactBuilder.Person("Reguła", "Członkowska").SaveAsync(factory);
        var list = await AddListAsync("Rule list", member);
        var closeBy = DateOnly.FromDateTime(DateTime.Now).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var client = await factory.SignedInClientAsync(email);

        var pick = await NextAsync(client, await client.GetDocumentAsync($"/Pipelines/{pipeline}/AddClients"), ("ListIds", Id(list)));
        var fields = await NextAsync(client, pick);
        var summary = await NextAsync(client, fields,
            ("Input.Label", "Abonament"), ("Input.StageId", Id(stages[1])), ("Input.CloseBy", closeBy), ("ConvertFuture", "true"));
        using var created = await PostAsync(client, summary, $"/Pipelines/{pipeline}/AddClients/Add");

        Assert.NotNull(fields.QuerySelector("[data-testid=add-clients-convert-future]"));
        Assert.NotNull(summary.QuerySelector("[data-testid=add-clients-rule]"));
        Assert.Equal(ResourceFile.English("AddClients.CreateRule"), summary.QuerySelector("[data-testid=add-clients-add]")!.TextContent.Trim());
        Assert.Equal($"/Pipelines/{pipeline}", created.RedirectTarget());
        var rule = await factory.WithDbAsync(db => db.AutoConversionRules.AsNoTracking().SingleAsync(r => r.ListId == list));
        Assert.Equal((pipeline, stages[1], "Abonament", (string?)null, (int?)10), (rule.PipelineId, rule.StageId, rule.Label, rule.ResponsibleUserId, rule.CloseByOffsetDays));
    }

    [Fact]
    public async Task A_rep_is_not_offered_a_rule_and_a_posted_one_only_adds_the_members()
    {
        var (rep, email) = await NewRepAsync("no-rule");
        var (pipeline, stages) = await AddPipelineAsync("No rule");
        var member = await ContactBuilder.Person("Bez", "Reguły").OwnedBy(rep).SaveAsync(factory);
        var list = await AddListAsync("No rule list", member);
        var client = await factory.SignedInClientAsync(email);

        var pick = await NextAsync(client, await client.GetDocumentAsync($"/Pipelines/{pipeline}/AddClients"), ("ListIds", Id(list)));
        var fields = await NextAsync(client, pick);
        var summary = await NextAsync(client, fields, ("Input.Label", "Abonament"), ("Input.StageId", Id(stages[0])), ("ConvertFuture", "true"));
        using var added = await PostAsync(client, summary, $"/Pipelines/{pipeline}/AddClients/Add");

        Assert.Null(fields.QuerySelector("[data-testid=add-clients-convert-future]"));
        Assert.Null(summary.QuerySelector("[data-testid=add-clients-rule]"));
        Assert.Equal($"/Pipelines/{pipeline}", added.RedirectTarget());
        Assert.False(await factory.WithDbAsync(db => db.AutoConversionRules.AnyAsync(r => r.ListId == list)));
        Assert.Equal([member], await factory.WithDbAsync(db => db.Deals.Where(d => d.PipelineId == pipeline).Select(d => d.ContactId).ToListAsync()));
    }

    /// <summary>Submits the wizard's form with the given fields changed and "Next" pressed.</summary>
    private static async Task<IDocument> NextAsync(HttpClient client, IDocument page, params (string Name, string Value)[] fields)
    {
        var next = page.QuerySelector("[data-testid=add-clients-next]")!.GetAttribute("value")!;
        var names = fields.Select(f => f.Name).Distinct().ToList();
        var values = HtmlForms.FieldsOf(page.QuerySelector("form[data-testid=add-clients-form]")!).Where(f => !names.Contains(f.Key)).ToList();
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        values.Add(new("step", next));
        using var content = new FormUrlEncodedContent(values);
        using var response = await client.PostAsync(new Uri(page.QuerySelector("form[data-testid=add-clients-form]")!.GetAttribute("action")!, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ToDocumentAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, IDocument page, string url)
    {
        using var content = new FormUrlEncodedContent(HtmlForms.FieldsOf(page.QuerySelector("form[data-testid=add-clients-form]")!));
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static string Count(IDocument page, string row) =>
        page.QuerySelector($"[data-testid=add-clients-summary] tr[data-count={row}] td")!.TextContent.Trim();

    private async Task<(int Id, List<int> Stages)> AddPipelineAsync(string name, bool archived = false)
    {
        var unique = name + " " + Guid.NewGuid().ToString("N")[..8];
        return await factory.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = unique, NameKey = unique.ToLowerInvariant(), IsArchived = archived, Position = 100 };
            pipeline.Stages.Add(new Stage { Name = "Nowy", Position = 0, Kind = StageKind.Open });
            pipeline.Stages.Add(new Stage { Name = "Oferta", Position = 1, Kind = StageKind.Open });
            pipeline.Stages.Add(new Stage { Name = "Wygrana", Position = 2, Kind = StageKind.Won });
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync();
            return (pipeline.Id, pipeline.Stages.OrderBy(s => s.Position).Select(s => s.Id).ToList());
        });
    }

    private Task<int> AddListAsync(string name, params int[] contactIds) =>
        factory.WithDbAsync(async db =>
        {
            var unique = name + " " + Guid.NewGuid().ToString("N")[..8];
            var list = new ContactList { Name = unique, NameKey = unique.ToLowerInvariant() };
            db.ContactLists.Add(list);
            await db.SaveChangesAsync();
            db.ContactListMembers.AddRange(contactIds.Select(id => new ContactListMember { ListId = list.Id, ContactId = id }));
            await db.SaveChangesAsync();
            return list.Id;
        });

    private async Task<(string Id, string Email)> NewRepAsync(string name)
    {
        var email = $"add-clients-{name}-{Guid.NewGuid():N}@test.local";
        return (await factory.CreateUserAsync(email, Roles.SalesRep), email);
    }
}
