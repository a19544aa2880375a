using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadConversion;

/// <summary>"Create a deal" on the conversion page: posted with a new contact, and refused on its label for an assigned contact that has it open.</summary>
public sealed class LeadConversionDealPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string FormSelector = "form[data-conversion-form]";

    [Fact]
    public async Task Converting_with_a_deal_into_proposal_creates_it_and_says_so()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var id = await client.CreatedLeadAsync($"Wózki {tag}", new Dictionary<string, string?>
        {
            ["Input.LastName"] = $"Dealowy{tag}",
            ["Input.ProductsOfInterest"] = "Wózki widłowe",
            ["Input.EstimatedAmount"] = "12000",
            ["Input.Currency"] = "PLN",
        });
        var page = await client.GetDocumentAsync($"/Leads/{id}/Convert");
        var stages = page.QuerySelectorAll("#Input_DealStageId option").ToDictionary(o => o.TextContent.Trim(), o => o.GetAttribute("value")!);
        Assert.Equal(["Sales › New contact", "Sales › Qualified", "Sales › Proposal", "Sales › Negotiation"], stages.Keys);
        Assert.Equal(("Wózki widłowe", "12000", "PLN"), (
            page.QuerySelector("#Input_DealLabel")?.GetAttribute("value"), page.QuerySelector("#Input_DealValue")?.GetAttribute("value"), page.QuerySelector("#Input_DealCurrency")?.GetAttribute("value")));
        Assert.Null(page.QuerySelector("#Input_CreateDeal[checked]"));

        using var response = await client.SubmitAsync(page, FormSelector,
            new Dictionary<string, string?> { ["Input.CreateDeal"] = "true", ["Input.DealStageId"] = stages["Sales › Proposal"] });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await client.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains(ResourceFile.English("LeadConversion.ConvertedWithDeal").Replace("{0}", "Wózki widłowe", StringComparison.Ordinal),
            profile.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        var deal = await factory.WithDbAsync(db => db.Deals.Where(d => d.Contact!.LastName == $"Dealowy{tag}")
            .Select(d => new { d.Label, d.Value, d.Currency, d.Source, Stage = d.Stage!.Name }).SingleAsync());
        Assert.Equal(("Wózki widłowe", 12000m, "PLN", DealSource.Lead, "Proposal"), (deal.Label, deal.Value!.Value, deal.Currency, deal.Source, deal.Stage));
    }

    [Fact]
    public async Task Assigning_with_a_deal_whose_label_the_contact_has_open_comes_back_with_the_message_on_the_label_and_saves_nothing()
    {
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var tag = Tag();
        var contactId = await ContactBuilder.Person("Zuzana", $"Obchodná{tag}").SaveAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var stage = await db.Stages.Where(s => s.Pipeline!.Name == "Sales").OrderBy(s => s.Position).FirstAsync();
            var deal = new Deal { PipelineId = stage.PipelineId, ContactId = contactId, Source = DealSource.Manual };
            deal.SetLabel("Servis");
            deal.EnterStage(stage, DateTime.UtcNow);
            db.Deals.Add(deal);
            return await db.SaveChangesAsync();
        });
        var id = await client.CreatedLeadAsync($"Pre Zuzanu {tag}");
        var found = await client.GetDocumentAsync($"/Leads/{id}/Convert?term=obchodna{tag}");

        using var response = await client.SubmitWithButtonAsync(found, "[data-testid=found-contacts] [data-testid=assign] button",
            new Dictionary<string, string?> { ["Input.CreateDeal"] = "true", ["Input.DealLabel"] = "SERVIS" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(ResourceFile.English(LeadConversionMessages.DealLabelTaken), page.QuerySelector("[data-valmsg-for='Input.DealLabel']")?.TextContent.Trim());
        Assert.Equal("SERVIS", page.QuerySelector("#Input_DealLabel")?.GetAttribute("value"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Deals.CountAsync(d => d.ContactId == contactId)));
        Assert.Null(await factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).Select(l => l.ContactId).SingleAsync()));
    }

    private static string Tag() => string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))));
}
