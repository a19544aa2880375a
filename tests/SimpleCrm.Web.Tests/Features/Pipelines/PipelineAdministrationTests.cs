using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Pipelines;

/// <summary>Admin > Pipelines and the stage editor: only admins, and what they change shows at once.</summary>
public sealed class PipelineAdministrationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/Pipelines";

    public static TheoryData<string, string, string> EveryActionForNonAdmins()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { Roles.Manager, Roles.SalesRep })
        {
            foreach (var (method, path) in new[]
            {
                ("GET", ""), ("GET", "/New"), ("POST", "/New"), ("GET", "/{0}"), ("GET", "/{0}/Edit"), ("POST", "/{0}/Edit"),
                ("POST", "/{0}/Archive"), ("POST", "/{0}/Restore"), ("GET", "/{0}/Stages/New"), ("POST", "/{0}/Stages/New"), ("POST", "/{0}/Stages/Order"),
                ("GET", "/Stages/{1}/Edit"), ("POST", "/Stages/{1}/Edit"), ("POST", "/Stages/{1}/Up"), ("POST", "/Stages/{1}/Down"),
                ("GET", "/Stages/{1}/Delete"), ("POST", "/Stages/{1}/Delete"),
            })
            {
                data.Add(role, method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionForNonAdmins))]
    public async Task Users_other_than_admins_are_denied_every_pipeline_action(string role, string method, string path)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"denied-{tag}@test.local";
        await factory.CreateUserAsync(email, role);
        var pipeline = await CreatePipelineAsync("Denied " + tag);
        var before = await StateAsync(pipeline);
        var client = await factory.SignedInClientAsync(email);
        var url = Page + string.Format(CultureInfo.InvariantCulture, path, pipeline, before.Stages[2].Id);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostWithTokenAsync(url, await client.AntiforgeryTokenAsync("/Contacts"),
                [("Name", "Taken " + tag), ("Kind", "Won"), ("Color", "#000000"), ("TargetStageId", before.Stages[0].Id.ToString(CultureInfo.InvariantCulture)),
                 .. before.Stages.Select(s => ("ids", s.Id.ToString(CultureInfo.InvariantCulture))).Reverse()]);

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        Assert.Equal(before, await StateAsync(pipeline));
    }

    [Fact]
    public async Task An_admin_creates_a_pipeline_sees_the_template_stages_renames_archives_and_restores_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var created = await admin.SubmitAsync(await admin.GetDocumentAsync(Page + "/New"), $"form[action='{Page}/New']", new Dictionary<string, string?> { ["Name"] = "Hurt " + tag });
        var id = await factory.WithDbAsync(db => db.Pipelines.Where(p => p.Name == "Hurt " + tag).Select(p => p.Id).SingleAsync());
        var show = await admin.GetDocumentAsync($"{Page}/{id}");
        using var renamed = await admin.SubmitAsync(await admin.GetDocumentAsync($"{Page}/{id}/Edit"), $"form[action='{Page}/{id}/Edit']", new Dictionary<string, string?> { ["Name"] = "Detal " + tag });
        using var archived = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), $"form[action='{Page}/{id}/Archive']");
        var whileArchived = await admin.GetDocumentAsync(Page);
        using var restored = await admin.SubmitAsync(whileArchived, $"form[action='{Page}/{id}/Restore']");

        Assert.Equal($"{Page}/{id}", created.RedirectPath());
        Assert.Equal(["New contact", "Qualified", "Proposal", "Negotiation", "Won", "Lost"], show.QuerySelectorAll("tr[data-stage]").Select(r => r.GetAttribute("data-stage")));
        Assert.Equal($"{Page}/{id}", renamed.RedirectPath());
        Assert.All([archived, restored], r => Assert.Equal(Page, r.RedirectPath()));
        var rows = whileArchived.QuerySelectorAll("tr[data-pipeline]");
        Assert.Equal("Detal " + tag, rows[rows.Length - 1].GetAttribute("data-pipeline"));
        var stored = await factory.WithDbAsync(db => db.Pipelines.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(("Detal " + tag, false), (stored.Name, stored.IsArchived));
    }

    [Fact]
    public async Task The_seeded_pipeline_and_its_stages_read_in_the_users_language()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var sales = await factory.WithDbAsync(db => db.Pipelines.Where(p => p.ResourceKey == "Pipelines.Sales").Select(p => p.Id).SingleAsync());

        using (await admin.SwitchLanguageAsync("pl"))
        {
        }

        var page = await admin.GetDocumentAsync($"{Page}/{sales}");

        Assert.Equal("Sprzedaż", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Nowy kontakt", page.QuerySelector("tr[data-stage]")!.GetAttribute("data-stage"));
    }

    [Fact]
    public async Task A_taken_name_and_a_bad_probability_are_refused_next_to_their_fields()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var pipeline = await CreatePipelineAsync("Walidacja " + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var name = await admin.SubmitAsync(await admin.GetDocumentAsync(Page + "/New"), $"form[action='{Page}/New']", new Dictionary<string, string?> { ["Name"] = "WALIDACJA " + tag.ToUpperInvariant() });
        using var stage = await admin.SubmitAsync(await admin.GetDocumentAsync($"{Page}/{pipeline}/Stages/New"), "form.form-card",
            new Dictionary<string, string?> { ["Name"] = "Demo", ["Probability"] = "150" });

        Assert.Equal(HttpStatusCode.OK, name.StatusCode);
        Assert.Equal(ResourceFile.English(PipelineMessages.NameTaken), (await name.ToDocumentAsync()).ValidationMessageFor("Name"));
        Assert.Equal(HttpStatusCode.OK, stage.StatusCode);
        Assert.Equal(ResourceFile.English(PipelineMessages.InvalidProbability), (await stage.ToDocumentAsync()).ValidationMessageFor("Probability"));
        Assert.Equal(6, (await StateAsync(pipeline)).Stages.Count);
    }

    [Fact]
    public async Task An_admin_edits_a_stage_and_a_stage_holding_deals_keeps_its_kind_with_a_message_by_the_field()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var pipeline = await CreatePipelineAsync("Edycja " + tag);
        var stages = (await StateAsync(pipeline)).Stages;
        await AddDealAsync(pipeline, stages[1].Id, "Edytowana" + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var won = $"{Page}/Stages/{stages[4].Id}/Edit";
        var qualified = $"{Page}/Stages/{stages[1].Id}/Edit";

        using var saved = await admin.SubmitAsync(await admin.GetDocumentAsync(won), $"form[action='{won}']",
            new Dictionary<string, string?> { ["Name"] = "Podpisana", ["Probability"] = "", ["Color"] = "#123456" });
        using var refused = await admin.SubmitAsync(await admin.GetDocumentAsync(qualified), $"form[action='{qualified}']",
            new Dictionary<string, string?> { ["Kind"] = "Lost" });

        Assert.Equal($"{Page}/{pipeline}", saved.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(ResourceFile.English(PipelineMessages.KindInUse), (await refused.ToDocumentAsync()).ValidationMessageFor("Kind"));
        var after = (await StateAsync(pipeline)).Stages;
        Assert.Equal(("Podpisana", StageKind.Won, (int?)null, "#123456"), (after[4].Name, after[4].Kind, after[4].Probability, after[4].Color));
        Assert.Equal(StageKind.Open, after[1].Kind);
    }

    [Fact]
    public async Task Deleting_a_stage_with_deals_asks_where_they_go_and_moves_them()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var pipeline = await CreatePipelineAsync("Usuwanie " + tag);
        var stages = (await StateAsync(pipeline)).Stages;
        await AddDealAsync(pipeline, stages[2].Id, "Przenoszona" + tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var url = $"{Page}/Stages/{stages[2].Id}/Delete";

        var ask = await admin.GetDocumentAsync(url);
        using var withoutTarget = await admin.SubmitAsync(ask, $"form[action='{url}']", new Dictionary<string, string?> { ["TargetStageId"] = null });
        using var moved = await admin.SubmitAsync(ask, $"form[action='{url}']", new Dictionary<string, string?> { ["TargetStageId"] = stages[3].Id.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal([stages[0].Id, stages[1].Id, stages[3].Id], ask.QuerySelectorAll("#TargetStageId option").Select(o => int.Parse(o.GetAttribute("value")!, CultureInfo.InvariantCulture)));
        Assert.Equal(ResourceFile.English(PipelineMessages.MoveTargetRequired), (await withoutTarget.ToDocumentAsync()).ValidationMessageFor("TargetStageId"));
        Assert.Equal($"{Page}/{pipeline}", moved.RedirectPath());
        var after = await StateAsync(pipeline);
        Assert.DoesNotContain(after.Stages, s => s.Id == stages[2].Id);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Deals.CountAsync(d => d.StageId == stages[3].Id)));
    }

    [Fact]
    public async Task The_drag_and_drop_order_of_the_stages_is_saved_with_the_header_token()
    {
        var pipeline = await CreatePipelineAsync("Kolejność " + Guid.NewGuid().ToString("N")[..6]);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync($"{Page}/{pipeline}");
        var ids = (await StateAsync(pipeline)).Stages.Select(s => s.Id).ToList();
        int[] rotated = [.. ids.Skip(1), ids[0]];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{Page}/{pipeline}/Stages/Order", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(rotated.Select(id => new KeyValuePair<string, string>("ids", id.ToString(CultureInfo.InvariantCulture)))),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(rotated, (await StateAsync(pipeline)).Stages.Select(s => s.Id));
    }

    private async Task<int> CreatePipelineAsync(string name)
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        using var created = await admin.SubmitAsync(await admin.GetDocumentAsync(Page + "/New"), $"form[action='{Page}/New']", new Dictionary<string, string?> { ["Name"] = name });
        return await factory.WithDbAsync(db => db.Pipelines.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
    }

    private Task<int> AddDealAsync(int pipelineId, int stageId, string contactLastName) =>
        factory.WithDbAsync(async db =>
        {
            var contact = ContactBuilder.Person("Ewa", contactLastName).Build();
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            var deal = new Deal { PipelineId = pipelineId, StageId = stageId, ContactId = contact.Id, Version = Guid.NewGuid() };
            deal.SetLabel("Oferta");
            db.Deals.Add(deal);
            await db.SaveChangesAsync();
            return deal.Id;
        });

    private Task<PipelineState> StateAsync(int pipelineId) =>
        factory.WithDbAsync(async db =>
        {
            var pipeline = await db.Pipelines.AsNoTracking().SingleAsync(p => p.Id == pipelineId);
            var stages = await db.Stages.AsNoTracking().Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position)
                .Select(s => new StageState(s.Id, s.Name, s.Kind, s.Probability, s.Color, s.Position)).ToListAsync();
            return new PipelineState(pipeline.Name, pipeline.IsArchived, stages);
        });

    private sealed record StageState(int Id, string Name, StageKind Kind, int? Probability, string Color, int Position);

    private sealed record PipelineState(string Name, bool IsArchived, List<StageState> Stages)
    {
        public bool Equals(PipelineState? other) =>
            other is not null && Name == other.Name && IsArchived == other.IsArchived && Stages.SequenceEqual(other.Stages);

        public override int GetHashCode() => HashCode.Combine(Name, IsArchived, Stages.Count);
    }
}
