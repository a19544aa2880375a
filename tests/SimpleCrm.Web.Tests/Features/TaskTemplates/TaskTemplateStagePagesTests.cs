using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.TaskTemplates;

/// <summary>Admin › Task templates ticks deal stages too, grouped by active pipeline; Admin › Pipelines names each stage's templates.</summary>
public sealed class TaskTemplateStagePagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Page = "/Admin/TaskTemplates";

    [Fact]
    public async Task An_admin_ticks_a_stage_and_the_template_list_and_the_pipeline_page_show_it()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var name = "Oferta " + Guid.NewGuid().ToString("N")[..6];
        var form = await admin.GetDocumentAsync(Page + "/New");
        var sales = form.QuerySelector("[data-testid=template-stages] fieldset[data-pipeline='Sales']")!;
        var stages = sales.QuerySelectorAll("input[name=StageIds]").ToDictionary(i => form.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim(), i => i.GetAttribute("value")!);
        Assert.Equal(["New contact", "Qualified", "Proposal", "Negotiation", "Won", "Lost"], stages.Keys);

        using var response = await admin.SubmitAsync(form, $"form[action='{Page}/New']",
            new Dictionary<string, string?> { ["Name"] = name, ["Title"] = "Follow up in 3 days", ["DueInDays"] = "3" },
            [new("StageIds", stages["Proposal"])]);

        Assert.Equal(Page, response.RedirectPath());
        var list = await admin.GetDocumentAsync(Page);
        Assert.Contains("Proposal", list.QuerySelector($"tr[data-task-template='{name}']")!.TextContent, StringComparison.Ordinal);
        var edit = await admin.GetDocumentAsync(list.QuerySelector($"tr[data-task-template='{name}'] a[href$='/Edit']")!.GetAttribute("href")!);
        Assert.Equal([stages["Proposal"]], edit.QuerySelectorAll("input[name=StageIds][checked]").Select(i => i.GetAttribute("value")));
        var pipelineId = await factory.WithDbAsync(db => db.Pipelines.Where(p => p.Name == "Sales").Select(p => p.Id).SingleAsync());
        var pipeline = await admin.GetDocumentAsync($"/Admin/Pipelines/{pipelineId}");
        Assert.Contains(name, pipeline.QuerySelector("tr[data-stage='Proposal'] [data-testid=stage-task-templates]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(name, pipeline.QuerySelector("tr[data-stage='Qualified'] [data-testid=stage-task-templates]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_of_an_archived_pipeline_or_an_unknown_stage_is_refused_on_the_form_and_nothing_is_saved()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var archivedStage = await factory.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = "Old " + tag, NameKey = "old " + tag, IsArchived = true, Position = 99 };
            pipeline.Stages.Add(new Stage { Name = "Old stage", Kind = StageKind.Open });
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync();
            return pipeline.Stages[0].Id;
        });
        var form = await admin.GetDocumentAsync(Page + "/New");
        Assert.Null(form.QuerySelector($"input[name=StageIds][value='{archivedStage}']"));

        var refused = new List<HttpStatusCode>();
        foreach (var stage in new[] { archivedStage, int.MaxValue })
        {
            using var response = await admin.SubmitAsync(form, $"form[action='{Page}/New']",
                new Dictionary<string, string?> { ["Name"] = "Refused " + tag, ["Title"] = "x" }, [new("StageIds", stage.ToString(CultureInfo.InvariantCulture))]);
            refused.Add(response.StatusCode);
            Assert.Contains(ResourceFile.English("TaskTemplates.StageUnknown"), (await response.ToDocumentAsync()).QuerySelector("[data-testid=task-template-form]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], refused);
        Assert.False(await factory.WithDbAsync(db => db.TaskTemplates.AnyAsync(t => t.Name == "Refused " + tag)));
    }
}
