using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Deals;

/// <summary>Admin › Deleted deals over HTTP: only an admin lists and restores (ASVS 4.1.3), with the antiforgery token, and a refusal is told.</summary>
public sealed class DealRestorePagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task An_admin_restores_a_deleted_deal_from_the_deleted_list_back_to_its_card()
    {
        var scene = await ArrangeAsync();
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Deals/Deleted");
        Assert.Contains(scene.Label, list.QuerySelector("[data-testid='deleted-deals']")!.TextContent, StringComparison.Ordinal);

        using var response = await admin.SubmitAsync(list, $"form[action='/Deals/{scene.DealId}/Restore']");

        Assert.Equal($"/Deals/{scene.DealId}", response.RedirectPath());
        Assert.False(await IsDeletedAsync(scene.DealId));
        using var card = await scene.Owner.GetAsync(new Uri($"/Deals/{scene.DealId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Null((await admin.GetDocumentAsync("/Deals/Deleted")).QuerySelector($"form[action='/Deals/{scene.DealId}/Restore']"));
    }

    [Fact]
    public async Task A_deal_whose_label_an_open_deal_took_meanwhile_stays_deleted_and_the_list_says_why()
    {
        var scene = await ArrangeAsync();
        await AddDealAsync(scene, scene.Label, deleted: false);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var list = await admin.GetDocumentAsync("/Deals/Deleted");

        using var response = await admin.SubmitAsync(list, $"form[action='/Deals/{scene.DealId}/Restore']");

        Assert.Equal("/Deals/Deleted", response.RedirectPath());
        var after = await admin.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains("another open deal of the contact in this pipeline now has the same label", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await IsDeletedAsync(scene.DealId));
    }

    [Fact]
    public async Task A_sales_rep_or_a_manager_can_neither_list_deleted_deals_nor_restore_one()
    {
        var scene = await ArrangeAsync();
        var managerEmail = $"deal-restore-manager-{scene.Tag}@test.local";
        await factory.CreateUserAsync(managerEmail, Roles.Manager);
        var manager = await factory.SignedInClientAsync(managerEmail);

        foreach (var client in new[] { scene.Owner, manager })
        {
            var token = await client.AntiforgeryTokenAsync("/Contacts");
            using var list = await client.GetAsync(new Uri("/Deals/Deleted", UriKind.Relative));
            using var restore = await client.PostWithTokenAsync($"/Deals/{scene.DealId}/Restore", token);

            Assert.True(IsDenied(list), $"GET /Deals/Deleted answered {(int)list.StatusCode} {list.Headers.Location}");
            Assert.True(IsDenied(restore), $"POST Restore answered {(int)restore.StatusCode} {restore.Headers.Location}");
        }

        Assert.True(await IsDeletedAsync(scene.DealId));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var scene = await ArrangeAsync();
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var list = await anonymous.GetAsync(new Uri("/Deals/Deleted", UriKind.Relative));

        Assert.Equal("/Account/Login", list.RedirectPath());
        Assert.True(await IsDeletedAsync(scene.DealId));
    }

    [Fact]
    public async Task A_restore_without_the_antiforgery_token_is_refused()
    {
        var scene = await ArrangeAsync();
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        using var response = await admin.PostWithoutTokenAsync($"/Deals/{scene.DealId}/Restore");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await IsDeletedAsync(scene.DealId));
    }

    [Fact]
    public async Task Restoring_a_deal_that_is_not_deleted_is_not_found()
    {
        var scene = await ArrangeAsync();
        var live = await AddDealAsync(scene, "Live " + scene.Tag, deleted: false);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync("/Contacts");

        using var response = await admin.PostWithTokenAsync($"/Deals/{live}/Restore", token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden || response.RedirectPath() == "/Account/AccessDenied";

    private Task<bool> IsDeletedAsync(int id) =>
        factory.WithDbAsync(db => db.Deals.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.IsDeleted).SingleAsync());

    private Task<int> AddDealAsync(Scene scene, string label, bool deleted) =>
        factory.WithDbAsync(async db =>
        {
            var stage = await db.Stages.Where(s => s.PipelineId == scene.PipelineId).OrderBy(s => s.Position).FirstAsync();
            var deal = new Deal
            {
                PipelineId = scene.PipelineId, ContactId = scene.ContactId, ResponsibleUserId = scene.OwnerId, Source = DealSource.Manual, Version = Guid.NewGuid(),
                IsDeleted = deleted, DeletedAt = deleted ? DateTime.UtcNow : null,
            };
            deal.SetLabel(label);
            deal.EnterStage(stage, DateTime.UtcNow);
            db.Deals.Add(deal);
            await db.SaveChangesAsync();
            return deal.Id;
        });

    private async Task<Scene> ArrangeAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ownerEmail = $"deal-restore-owner-{tag}@test.local";
        var ownerId = await factory.CreateUserAsync(ownerEmail, Roles.SalesRep);
        var contactId = await ContactBuilder.Person("Klient", tag).OwnedBy(ownerId).SaveAsync(factory);
        var pipelineId = await factory.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = "Restore " + tag, NameKey = "restore " + tag, Position = 100, Stages = PipelineDefaults.TemplateStages() };
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync();
            return pipeline.Id;
        });
        var scene = new Scene(await factory.SignedInClientAsync(ownerEmail), ownerId, contactId, pipelineId, 0, "Okna " + tag, tag);
        return scene with { DealId = await AddDealAsync(scene, scene.Label, deleted: true) };
    }

    private sealed record Scene(HttpClient Owner, string OwnerId, int ContactId, int PipelineId, int DealId, string Label, string Tag);
}
