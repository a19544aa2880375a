using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Lists;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.AutoConversion;

/// <summary>A pipeline's rules pages: everyone reads them, managers and admins change them, every change with its token.</summary>
public sealed class AutoConversionPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_manager_creates_a_rule_for_a_list_and_sees_its_members_counted_after_the_run()
    {
        var tag = Tag();
        var manager = await SignedInAsync(Roles.Manager, tag);
        var (pipelineId, stageId) = await SalesPipelineAsync();
        var listId = await manager.CreateListAsync(factory, "Rule list " + tag);
        foreach (var name in new[] { "Anna", "Bartek" })
        {
            var contactId = await AddContactAsync(name, tag);
            using var added = await manager.AddToListAsync(contactId, listId);
        }

        using var created = await manager.SubmitAsync(await manager.GetDocumentAsync($"/Pipelines/{pipelineId}/Rules/New"), "form.form-card", new Dictionary<string, string?>
        {
            ["ListId"] = listId.ToString(CultureInfo.InvariantCulture),
            ["StageId"] = stageId.ToString(CultureInfo.InvariantCulture),
            ["Label"] = "Rule " + tag,
            ["Value"] = "1200.50",
            ["Currency"] = "eur",
            ["CloseByOffsetDays"] = "30",
        });
        var rule = await factory.WithDbAsync(db => db.AutoConversionRules.AsNoTracking().SingleAsync(r => r.ListId == listId));
        await RunAsync(rule.Id);
        var page = await manager.GetDocumentAsync($"/Pipelines/{pipelineId}/Rules");

        Assert.Equal($"/Pipelines/{pipelineId}/Rules", created.RedirectPath());
        Assert.Equal((stageId, "Rule " + tag, 1200.50m, "EUR", 30), (rule.StageId, rule.Label, rule.Value!.Value, rule.Currency!, rule.CloseByOffsetDays!.Value));
        var row = page.QuerySelector($"[data-rule='{rule.Id}']")!;
        Assert.Equal("Rule list " + tag, row.QuerySelector("[data-testid=rule-source]")!.TextContent.Trim());
        Assert.Equal("2 added", row.QuerySelector("[data-testid=rule-added]")!.TextContent.Trim());
        Assert.NotNull(row.QuerySelector("[data-testid=rule-switch][checked]"));
    }

    [Fact]
    public async Task The_switch_pauses_and_resumes_a_rule_and_is_refused_without_the_token()
    {
        var tag = Tag();
        var manager = await SignedInAsync(Roles.Manager, tag);
        var (pipelineId, ruleId) = await RuleAsync(tag);
        var page = await manager.GetDocumentAsync($"/Pipelines/{pipelineId}/Rules");

        using var forged = await manager.PostWithoutTokenAsync($"/Pipelines/Rules/{ruleId}/Pause");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(await PausedAsync(ruleId));

        using var paused = await manager.SubmitAsync(page, $"form[action='/Pipelines/Rules/{ruleId}/Pause']");
        Assert.Equal($"/Pipelines/{pipelineId}/Rules", paused.RedirectPath());
        Assert.True(await PausedAsync(ruleId));
        var whilePaused = await manager.GetDocumentAsync($"/Pipelines/{pipelineId}/Rules");
        Assert.Null(whilePaused.QuerySelector($"[data-rule='{ruleId}'] [data-testid=rule-switch][checked]"));

        using var resumed = await manager.SubmitAsync(whilePaused, $"form[action='/Pipelines/Rules/{ruleId}/Resume']");
        Assert.False(await PausedAsync(ruleId));
    }

    [Theory]
    [InlineData("GET", "/Pipelines/{0}/Rules/New")]
    [InlineData("POST", "/Pipelines/{0}/Rules/New")]
    [InlineData("POST", "/Pipelines/Rules/{1}/Pause")]
    [InlineData("POST", "/Pipelines/Rules/{1}/Resume")]
    [InlineData("POST", "/Pipelines/Rules/{1}/Delete")]
    public async Task A_sales_rep_may_not_create_pause_or_delete_rules(string method, string path)
    {
        var tag = Tag();
        var rep = await SignedInAsync(Roles.SalesRep, tag);
        var (pipelineId, ruleId) = await RuleAsync(tag);
        var url = string.Format(CultureInfo.InvariantCulture, path, pipelineId, ruleId);

        using var response = method == "GET"
            ? await rep.GetAsync(new Uri(url, UriKind.Relative))
            : await rep.PostWithTokenAsync(url, await rep.AntiforgeryTokenAsync("/Contacts"), ("Label", "Rep " + tag), ("StageId", "1"));

        Assert.Equal("/Account/AccessDenied", response.RedirectPath());
        Assert.Equal(1, await factory.WithDbAsync(db => db.AutoConversionRules.CountAsync(r => r.Id == ruleId && !r.IsPaused)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AutoConversionRules.CountAsync(r => r.Label == "Rep " + tag)));
    }

    [Fact]
    public async Task A_sales_rep_reads_the_rules_without_switches_and_unknown_pipelines_and_rules_answer_404()
    {
        var tag = Tag();
        var rep = await SignedInAsync(Roles.SalesRep, tag);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var (pipelineId, ruleId) = await RuleAsync(tag);

        var page = await rep.GetDocumentAsync($"/Pipelines/{pipelineId}/Rules");
        using var missingPipeline = await rep.GetAsync(new Uri("/Pipelines/999999/Rules", UriKind.Relative));
        using var missingRule = await admin.PostWithTokenAsync("/Pipelines/Rules/999999/Pause", await admin.AntiforgeryTokenAsync("/Contacts"));

        Assert.NotNull(page.QuerySelector($"[data-rule='{ruleId}']"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=rule-switch]"));
        Assert.Empty(page.QuerySelectorAll($"a[href='/Pipelines/{pipelineId}/Rules/New']"));
        Assert.Equal(HttpStatusCode.NotFound, missingPipeline.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingRule.StatusCode);
    }

    [Fact]
    public async Task A_rule_without_a_source_or_label_is_refused_next_to_the_fields_and_posted_counters_are_ignored()
    {
        var tag = Tag();
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var (pipelineId, _) = await SalesPipelineAsync();
        var form = await admin.GetDocumentAsync($"/Pipelines/{pipelineId}/Rules/New");
        var listId = await admin.CreateListAsync(factory, "Overposted " + tag);

        using var refused = await admin.SubmitAsync(form, "form.form-card", new Dictionary<string, string?> { ["Label"] = "", ["ListId"] = "", ["SegmentId"] = "" });
        using var overposted = await admin.SubmitAsync(form, "form.form-card", new Dictionary<string, string?> { ["Label"] = "Over " + tag, ["ListId"] = listId.ToString(CultureInfo.InvariantCulture) },
            [new("AddedCount", "99"), new("IsPaused", "true"), new("PipelineId", "999999")]);

        var page = await refused.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(ResourceFile.English(AutoConversionMessages.SourceRequired), page.ValidationMessageFor("ListId"));
        Assert.Equal(ResourceFile.English("Validation.Required"), page.ValidationMessageFor("Label"));
        var rule = await factory.WithDbAsync(db => db.AutoConversionRules.AsNoTracking().SingleAsync(r => r.Label == "Over " + tag));
        Assert.Equal((0, false, pipelineId), (rule.AddedCount, rule.IsPaused, rule.PipelineId));
    }

    [Fact]
    public async Task A_stage_fed_by_a_rule_shows_the_rules_icon_whose_switch_comes_back_to_the_same_page()
    {
        var tag = Tag();
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var (pipelineId, ruleId) = await RuleAsync(tag);
        var stageId = await factory.WithDbAsync(db => db.AutoConversionRules.Where(r => r.Id == ruleId).Select(r => r.StageId).SingleAsync());

        var page = await admin.GetDocumentAsync($"/Admin/Pipelines/{pipelineId}");
        using var paused = await admin.SubmitAsync(page, $"#stage-rules-{stageId} form[action='/Pipelines/Rules/{ruleId}/Pause']");

        var fed = page.QuerySelectorAll("tr[data-stage]").Where(r => r.QuerySelector("[data-testid=stage-rules-button]") is not null).ToList();
        Assert.Equal([stageId.ToString(CultureInfo.InvariantCulture)], fed.Select(r => r.GetAttribute("data-id")));
        Assert.Contains("Rule list " + tag, page.QuerySelector($"#stage-rules-{stageId} [data-rule='{ruleId}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Admin/Pipelines/{pipelineId}", paused.RedirectTarget());
        Assert.True(await PausedAsync(ruleId));
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private async Task<HttpClient> SignedInAsync(string role, string tag)
    {
        var email = $"{role.ToLowerInvariant()}-{tag}@test.local";
        await factory.CreateUserAsync(email, role);
        return await factory.SignedInClientAsync(email);
    }

    private Task<(int PipelineId, int StageId)> SalesPipelineAsync() => factory.WithDbAsync(async db =>
    {
        var pipelineId = await db.Pipelines.Where(p => p.ResourceKey == "Pipelines.Sales").Select(p => p.Id).SingleAsync();
        return (pipelineId, await db.Stages.Where(s => s.PipelineId == pipelineId).OrderBy(s => s.Position).Select(s => s.Id).FirstAsync());
    });

    /// <summary>A rule on a fresh list, written straight to the table.</summary>
    private async Task<(int PipelineId, int RuleId)> RuleAsync(string tag)
    {
        var (pipelineId, stageId) = await SalesPipelineAsync();
        var ruleId = await factory.WithDbAsync(async db =>
        {
            var list = new ContactList { Name = "Rule list " + tag, NameKey = ListInput.NameKeyOf("Rule list " + tag) };
            db.ContactLists.Add(list);
            await db.SaveChangesAsync();
            var rule = new AutoConversionRule { ListId = list.Id, PipelineId = pipelineId, StageId = stageId, Label = "Rule " + tag };
            db.AutoConversionRules.Add(rule);
            await db.SaveChangesAsync();
            return rule.Id;
        });
        return (pipelineId, ruleId);
    }

    private Task<int> AddContactAsync(string firstName, string tag) => factory.WithDbAsync(async db =>
    {
        var contact = ContactBuilder.Person(firstName, "Rule " + tag).Build();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    });

    private Task<bool> PausedAsync(int ruleId) => factory.WithDbAsync(db => db.AutoConversionRules.Where(r => r.Id == ruleId).Select(r => r.IsPaused).SingleAsync());

    /// <summary>Runs the rule as its background job would (the test host runs no Hangfire server).</summary>
    private async Task RunAsync(int ruleId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AutoConversionRun>().RunAsync(ruleId, CancellationToken.None);
    }
}
