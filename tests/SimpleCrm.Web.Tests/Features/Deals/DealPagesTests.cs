using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Deals;

/// <summary>The deal card and its forms over HTTP: who may reach them (ASVS 4.2.1), what a form may change (ASVS 5.1.2), and the label rule as a message.</summary>
public sealed class DealPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var scene = await ArrangeAsync();
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await anonymous.GetAsync(new Uri($"/Deals/{scene.DealId}", UriKind.Relative));

        Assert.Equal("/Account/Login", response.RedirectPath());
    }

    [Theory]
    [InlineData("/Deals/{0}")]
    [InlineData("/Deals/{0}/Edit")]
    [InlineData("/Deals/{0}/History")]
    [InlineData("/Deals/New?contactId={1}")]
    public async Task A_sales_rep_gets_not_found_for_a_deal_or_contact_they_may_not_see(string urlFormat)
    {
        var scene = await ArrangeAsync();

        using var response = await scene.Outsider.GetAsync(new Uri(string.Format(CultureInfo.InvariantCulture, urlFormat, scene.DealId, scene.ContactId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(scene.Label, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Edit")]
    [InlineData("Stage")]
    [InlineData("Delete")]
    [InlineData("New")]
    public async Task A_sales_rep_cannot_change_a_deal_they_may_not_see(string action)
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene.DealId);
        var token = await scene.Outsider.AntiforgeryTokenAsync("/Contacts");
        // The strongest attempt: the deal's real concurrency token and a takeover to the rep.
        var url = action == "New" ? $"/Deals/New?contactId={scene.ContactId}&pipelineId={scene.PipelineId}" : $"/Deals/{scene.DealId}/{action}";

        using var response = await scene.Outsider.PostWithTokenAsync(url, token,
            ("version", before.Version.ToString()), ("stageId", scene.Stages[1].ToString(CultureInfo.InvariantCulture)),
            ("Input.Label", "Taken over"), ("Input.ResponsibleUserId", scene.OutsiderId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene.DealId));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Deals.IgnoreQueryFilters().CountAsync(d => d.ContactId == scene.ContactId)));
    }

    [Fact]
    public async Task A_stage_change_without_the_antiforgery_token_is_refused()
    {
        var scene = await ArrangeAsync();
        var before = await SnapshotAsync(scene.DealId);

        using var response = await scene.Owner.PostWithoutTokenAsync($"/Deals/{scene.DealId}/Stage",
            ("version", before.Version.ToString()), ("stageId", scene.Stages[1].ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(scene.DealId));
    }

    [Fact]
    public async Task Fields_the_edit_form_does_not_show_cannot_be_posted_into_the_deal()
    {
        var scene = await ArrangeAsync();
        var otherContact = await ContactBuilder.Person("Inny", scene.Tag).OwnedBy(scene.OwnerId).SaveAsync(factory);
        var before = await SnapshotAsync(scene.DealId);
        var form = await scene.Owner.GetDocumentAsync($"/Deals/{scene.DealId}/Edit");

        using var response = await scene.Owner.SubmitAsync(form, "form[data-testid='deal-form']",
            new Dictionary<string, string?> { ["Input.Value"] = "250" },
            [new("Input.Source", nameof(DealSource.Segment)), new("Source", nameof(DealSource.Segment)), new("Input.ContactId", otherContact.ToString(CultureInfo.InvariantCulture)),
             new("ContactId", otherContact.ToString(CultureInfo.InvariantCulture)), new("Input.PipelineId", "1"), new("Input.IsDeleted", "true"), new("Input.CreatedById", scene.OutsiderId)]);

        Assert.Equal($"/Deals/{scene.DealId}", response.RedirectPath());
        var after = await factory.WithDbAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == scene.DealId));
        Assert.Equal((250m, DealSource.Manual, scene.ContactId, scene.PipelineId, false), (after.Value, after.Source, after.ContactId, after.PipelineId, after.IsDeleted));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task A_new_deal_posted_with_a_source_is_still_made_by_hand()
    {
        var scene = await ArrangeAsync();
        var form = await scene.Owner.GetDocumentAsync($"/Deals/New?contactId={scene.ContactId}&pipelineId={scene.PipelineId}");

        using var response = await scene.Owner.SubmitAsync(form, "form[data-testid='deal-form']",
            new Dictionary<string, string?> { ["Input.Label"] = "Second " + scene.Tag },
            [new("Input.Source", nameof(DealSource.AutoConversion)), new("Source", nameof(DealSource.AutoConversion))]);

        var created = await factory.WithDbAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Label == "Second " + scene.Tag));
        Assert.Equal($"/Deals/{created.Id}", response.RedirectPath());
        Assert.Equal((DealSource.Manual, scene.OwnerId), (created.Source, created.ResponsibleUserId));
    }

    [Fact]
    public async Task A_second_open_deal_with_the_same_label_comes_back_with_the_message_under_the_label()
    {
        var scene = await ArrangeAsync();
        var form = await scene.Owner.GetDocumentAsync($"/Deals/New?contactId={scene.ContactId}&pipelineId={scene.PipelineId}");

        using var response = await scene.Owner.SubmitAsync(form, "form[data-testid='deal-form']", new Dictionary<string, string?> { ["Input.Label"] = scene.Label.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("This contact already has an open deal with this label in the pipeline.", page.ValidationMessageFor("Input.Label"));
    }

    [Fact]
    public async Task The_card_moves_its_deal_through_the_stage_bar_and_asks_why_for_a_Lost_stage()
    {
        var scene = await ArrangeAsync();
        var card = await scene.Owner.GetDocumentAsync($"/Deals/{scene.DealId}");

        using var lostWithoutReason = await scene.Owner.SubmitAsync(card, "form[data-testid='stage-bar']", extra: [new("stageId", scene.Stages[5].ToString(CultureInfo.InvariantCulture))]);
        var asked = await scene.Owner.GetDocumentAsync(lostWithoutReason.RedirectTarget());
        using var won = await scene.Owner.SubmitAsync(asked, "form[data-testid='stage-bar']", new Dictionary<string, string?> { ["lostReasonId"] = null }, [new("stageId", scene.Stages[4].ToString(CultureInfo.InvariantCulture))]);

        Assert.Equal($"/Deals/{scene.DealId}?lostStageId={scene.Stages[5]}", lostWithoutReason.RedirectTarget());
        Assert.False(asked.QuerySelector("[data-testid='lost-panel']")!.HasAttribute("hidden"));
        Assert.Equal($"/Deals/{scene.DealId}", won.RedirectPath());
        var after = await factory.WithDbAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == scene.DealId));
        Assert.Equal((scene.Stages[4], false), (after.StageId, after.IsOpen));
    }

    [Fact]
    public async Task The_contacts_profile_lists_its_deals_and_offers_a_new_one()
    {
        var scene = await ArrangeAsync();

        var profile = await scene.Owner.GetDocumentAsync($"/Contacts/{scene.ContactId}");

        var deals = profile.QuerySelector("[data-testid='contact-deals']")!;
        Assert.Equal([scene.Label], deals.QuerySelectorAll("[data-testid='contact-deal'] a").Select(a => a.TextContent.Trim()));
        Assert.Equal($"/Deals/New?contactId={scene.ContactId}", deals.QuerySelector("[data-testid='new-deal']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_stage_templates_task_that_fell_back_says_on_the_deals_timeline_it_went_to_the_deals_owner()
    {
        var scene = await ArrangeAsync();
        var details = string.Join(TaskAutomation.Separator, "Offer " + scene.Tag, "Send the offer", TaskAutomation.FellBackMark);
        await factory.WithDbAsync(async db =>
        {
            db.History.Add(HistoryEntry.For(RecordRef.Deal(scene.DealId), TaskAutomation.AutomationTaskCreated, details, DateTime.UtcNow, null));
            await db.SaveChangesAsync();
            return 0;
        });

        var timeline = await scene.Owner.GetDocumentAsync($"/Deals/{scene.DealId}/History");

        var line = timeline.QuerySelectorAll("[data-testid=history-line]").Single(l => l.GetAttribute("data-action") == TaskAutomation.AutomationTaskCreated).TextContent;
        Assert.Contains($"Task template “Offer {scene.Tag}” created the task “Send the offer” for the deal's owner, because the template's user is deactivated", line, StringComparison.Ordinal);
        Assert.DoesNotContain("lead", line, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<Scene> ArrangeAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ownerEmail = $"deal-owner-{tag}@test.local";
        var outsiderEmail = $"deal-outsider-{tag}@test.local";
        var ownerId = await factory.CreateUserAsync(ownerEmail, Roles.SalesRep);
        var outsiderId = await factory.CreateUserAsync(outsiderEmail, Roles.SalesRep);
        var contactId = await ContactBuilder.Person("Klient", tag).OwnedBy(ownerId).SaveAsync(factory);
        var label = "Okna " + tag;
        var (pipelineId, stages, dealId) = await factory.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = "Deals " + tag, NameKey = "deals " + tag, Position = 100, Stages = PipelineDefaults.TemplateStages() };
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync();
            var deal = new Deal { PipelineId = pipeline.Id, ContactId = contactId, ResponsibleUserId = ownerId, Source = DealSource.Manual, Version = Guid.NewGuid() };
            deal.SetLabel(label);
            deal.EnterStage(pipeline.Stages[0], DateTime.UtcNow);
            db.Deals.Add(deal);
            await db.SaveChangesAsync();
            return (pipeline.Id, pipeline.Stages.OrderBy(s => s.Position).Select(s => s.Id).ToList(), deal.Id);
        });
        return new Scene(await factory.SignedInClientAsync(ownerEmail), ownerId, await factory.SignedInClientAsync(outsiderEmail), outsiderId, contactId, pipelineId, stages, dealId, label, tag);
    }

    private Task<Snapshot> SnapshotAsync(int id) =>
        factory.WithDbAsync(db => db.Deals.IgnoreQueryFilters().Where(d => d.Id == id)
            .Select(d => new Snapshot(d.Label, d.StageId, d.ResponsibleUserId, d.IsDeleted, d.Version)).SingleAsync());

    private sealed record Scene(HttpClient Owner, string OwnerId, HttpClient Outsider, string OutsiderId, int ContactId, int PipelineId, List<int> Stages, int DealId, string Label, string Tag);

    private sealed record Snapshot(string Label, int StageId, string? ResponsibleUserId, bool IsDeleted, Guid Version);
}
