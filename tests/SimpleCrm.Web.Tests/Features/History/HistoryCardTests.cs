using System.Net;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.History;

/// <summary>The history card of a profile, through HTTP.</summary>
public sealed class HistoryCardTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_card_lists_what_was_done_to_the_contact_newest_first_with_who_did_it()
    {
        var id = await ContactBuilder.Person("Jan", "Historyczny").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync("/Contacts");
        using (await admin.PostWithTokenAsync($"/Contacts/{id}/Tags", token, ("Names", "Pierwszy")))
        using (await admin.PostWithTokenAsync($"/Contacts/{id}/Tags/Remove", token, ("name", "Pierwszy")))
        {
        }

        var profile = await admin.GetDocumentAsync($"/Contacts/{id}");
        var card = await admin.GetDocumentAsync($"/Contacts/{id}/History");

        Assert.NotNull(profile.QuerySelector($"[hx-get='/Contacts/{id}/History']"));
        var lines = card.QuerySelectorAll("[data-testid=history] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(ResourceFile.English("History.TagRemoved").Replace("{0}", "Pierwszy", StringComparison.Ordinal), lines[0], StringComparison.Ordinal);
        Assert.Contains(ResourceFile.English("History.TagsAdded").Replace("{0}", "Pierwszy", StringComparison.Ordinal), lines[1], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.Contains("Administrator", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sales_rep_gets_404_for_the_history_of_a_contact_they_cannot_see()
    {
        var owner = await factory.CreateUserAsync($"hist-owner-{Guid.NewGuid():N}"[..24] + "@test.local", Roles.SalesRep);
        var email = $"hist-rep-{Guid.NewGuid():N}"[..22] + "@test.local";
        await factory.CreateUserAsync(email, Roles.SalesRep);
        var id = await ContactBuilder.Person("Jan", "Cudzahistoria").OwnedBy(owner).SaveAsync(factory);
        var rep = await factory.SignedInClientAsync(email);

        using var response = await rep.GetAsync(new Uri($"/Contacts/{id}/History", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
