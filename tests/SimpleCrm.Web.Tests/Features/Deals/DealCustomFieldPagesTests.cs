using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.CustomFields;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Deals;

/// <summary>
/// Deal custom fields over HTTP: the new and edit forms draw them, a required one is told under its
/// input, a posted value is saved and the card shows it. Its own database: the class's required deal
/// field would otherwise bind every deal form of the other tests.
/// </summary>
public sealed class DealCustomFieldPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Form = "form[data-testid='deal-form']";

    [Fact]
    public async Task The_new_deal_form_draws_the_deal_fields_and_a_missing_required_one_is_told_under_its_input()
    {
        var scene = await ArrangeAsync();
        var form = await scene.Owner.GetDocumentAsync(scene.NewUrl);
        Assert.NotNull(form.QuerySelector($"{Form} [data-testid='custom-fields'] [data-custom-field='Contract no.']"));
        Assert.NotNull(form.QuerySelector($"{Form} [data-testid='custom-fields'] [data-custom-field='Site visit']"));

        using var response = await scene.Owner.SubmitAsync(form, Form, new Dictionary<string, string?> { ["Input.Label"] = "Roof " + scene.Tag });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This field is required.", (await response.ToDocumentAsync()).ValidationMessageFor($"Input.CustomField{scene.Contract}"));
        Assert.False(await factory.WithDbAsync(db => db.Deals.AnyAsync(d => d.ContactId == scene.ContactId)));
    }

    [Fact]
    public async Task A_value_posted_with_a_new_deal_is_saved_shown_on_its_card_and_changed_by_the_edit_form()
    {
        var scene = await ArrangeAsync();
        var form = await scene.Owner.GetDocumentAsync(scene.NewUrl);
        var contract = $"Input.CustomFields[{CustomFieldScene.IndexOf(form, scene.Contract)}].Values";
        var visit = $"Input.CustomFields[{CustomFieldScene.IndexOf(form, scene.Visit)}].Values";

        using var created = await scene.Owner.SubmitAsync(form, Form, new Dictionary<string, string?>
        {
            ["Input.Label"] = "Boiler " + scene.Tag,
            [contract] = "K-" + scene.Tag,
            [visit] = "2026-12-03",
        });

        var id = await factory.WithDbAsync(db => db.Deals.AsNoTracking().Where(d => d.ContactId == scene.ContactId).Select(d => d.Id).SingleAsync());
        Assert.Equal($"/Deals/{id}", created.RedirectPath());
        var card = await scene.Owner.GetDocumentAsync($"/Deals/{id}");
        Assert.Equal("K-" + scene.Tag, card.QuerySelector("[data-testid='custom-field-values'] [data-custom-field='Contract no.']")?.TextContent.Trim());
        Assert.Equal(new DateOnly(2026, 12, 3).ToString("d", CultureInfo.GetCultureInfo("en")),
            card.QuerySelector("[data-testid='custom-field-values'] [data-custom-field='Site visit']")?.TextContent.Trim());

        var edit = await scene.Owner.GetDocumentAsync($"/Deals/{id}/Edit");
        Assert.Equal("K-" + scene.Tag, edit.QuerySelector($"input[name='{contract}']")?.GetAttribute("value"));
        using var saved = await scene.Owner.SubmitAsync(edit, Form, new Dictionary<string, string?> { [contract] = "L-" + scene.Tag });
        Assert.Equal($"/Deals/{id}", saved.RedirectPath());
        Assert.Equal(["L-" + scene.Tag], await factory.WithDbAsync(db => db.CustomFieldValues.Where(v => v.FieldId == scene.Contract && v.RecordId == id).Select(v => v.TextValue!).ToListAsync()));
    }

    [Fact]
    public async Task A_sales_rep_who_may_not_see_the_deal_cannot_post_values_into_it()
    {
        var scene = await ArrangeAsync();
        var dealId = await factory.WithDbAsync(async db =>
        {
            var stage = await db.Stages.Where(s => s.PipelineId == scene.PipelineId).OrderBy(s => s.Position).FirstAsync();
            var deal = new Deal { PipelineId = scene.PipelineId, ContactId = scene.ContactId, ResponsibleUserId = scene.OwnerId, Source = DealSource.Manual, Version = Guid.NewGuid() };
            deal.SetLabel("Hidden " + scene.Tag);
            deal.EnterStage(stage, DateTime.UtcNow);
            db.Deals.Add(deal);
            await db.SaveChangesAsync();
            return deal.Id;
        });
        var token = await scene.Outsider.AntiforgeryTokenAsync("/Contacts");

        using var response = await scene.Outsider.PostWithTokenAsync($"/Deals/{dealId}/Edit", token,
            ("Input.Label", "Hidden " + scene.Tag), ("Input.CustomFields[0].FieldId", scene.Contract.ToString(CultureInfo.InvariantCulture)), ("Input.CustomFields[0].Values", "MINE"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.CustomFieldValues.AnyAsync(v => v.RecordId == dealId && v.FieldId == scene.Contract)));
    }

    private async Task<Scene> ArrangeAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ownerEmail = $"deal-cf-owner-{tag}@test.local";
        var outsiderEmail = $"deal-cf-outsider-{tag}@test.local";
        var ownerId = await factory.CreateUserAsync(ownerEmail, Roles.SalesRep);
        await factory.CreateUserAsync(outsiderEmail, Roles.SalesRep);
        var contactId = await ContactBuilder.Person("Klient", tag).OwnedBy(ownerId).SaveAsync(factory);
        var (contract, visit) = await FieldsAsync();
        var pipelineId = await factory.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = "Custom " + tag, NameKey = "custom " + tag, Position = 100, Stages = PipelineDefaults.TemplateStages() };
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync();
            return pipeline.Id;
        });
        return new Scene(await factory.SignedInClientAsync(ownerEmail), ownerId, await factory.SignedInClientAsync(outsiderEmail), contactId, pipelineId, contract, visit, tag);
    }

    /// <summary>The class's deal fields, made by the first test that asks.</summary>
    private async Task<(int Contract, int Visit)> FieldsAsync()
    {
        var existing = await factory.WithDbAsync(db => db.CustomFields.Where(f => f.RecordType == CustomFieldRecordType.Deal).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
        return existing.Count == 2
            ? (existing[0], existing[1])
            : (await factory.FieldAsync(CustomFieldRecordType.Deal, CustomFieldType.Text, "Contract no.", required: true),
               await factory.FieldAsync(CustomFieldRecordType.Deal, CustomFieldType.Date, "Site visit"));
    }

    private sealed record Scene(HttpClient Owner, string OwnerId, HttpClient Outsider, int ContactId, int PipelineId, int Contract, int Visit, string Tag)
    {
        public string NewUrl => $"/Deals/New?contactId={ContactId}&pipelineId={PipelineId}";
    }
}
