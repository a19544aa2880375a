using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

/// <summary>Who is responsible for a contact decides who sees it; handing a contact over never ends on an error page.</summary>
public sealed class ResponsibleTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_sales_reps_new_contact_is_their_own()
    {
        var (rep, repId, _) = await TwoRepsAsync();

        using var response = await rep.CreatePersonAsync(new Dictionary<string, string?> { ["Input.LastName"] = "Mine" });

        var id = response.ProfileId();
        Assert.Equal(repId, await ResponsibleOfAsync(id));
        using var profile = await rep.GetAsync(new Uri($"/Contacts/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task An_admin_changes_the_responsible_user_on_the_profile()
    {
        var (_, repId, _) = await TwoRepsAsync();
        var id = await ContactBuilder.Person("Handed", "Over").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var profile = await admin.GetDocumentAsync($"/Contacts/{id}");

        using var response = await admin.SubmitAsync(profile, $"form[action='/Contacts/{id}/Responsible']", new Dictionary<string, string?> { ["responsibleUserId"] = repId });

        Assert.Equal($"/Contacts/{id}", response.RedirectTarget());
        Assert.Equal(repId, await ResponsibleOfAsync(id));
        var after = await admin.GetDocumentAsync($"/Contacts/{id}");
        Assert.Equal(repId, after.QuerySelector("select#responsibleUserId option[selected]")?.GetAttribute("value"));
        Assert.Contains(ResourceFile.English("Contacts.ResponsibleChanged"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_responsible_user_is_refused_with_a_message()
    {
        var id = await ContactBuilder.Person("Kept", "Owner").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await admin.AntiforgeryTokenAsync("/Contacts");

        using var response = await admin.PostWithTokenAsync($"/Contacts/{id}/Responsible", token, ("responsibleUserId", "no-such-user"));

        Assert.Equal($"/Contacts/{id}", response.RedirectTarget());
        Assert.Null(await ResponsibleOfAsync(id));
        var after = await admin.GetDocumentAsync($"/Contacts/{id}");
        Assert.Contains(ResourceFile.English("Contacts.ResponsibleUnknown"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sales_rep_who_hands_a_contact_over_on_the_profile_lands_on_a_page_they_may_see()
    {
        var (rep, repId, otherRepId) = await TwoRepsAsync();
        var id = await ContactBuilder.Person("Passed", "On").OwnedBy(repId).SaveAsync(factory);
        var profile = await rep.GetDocumentAsync($"/Contacts/{id}");

        using var response = await rep.SubmitAsync(profile, $"form[action='/Contacts/{id}/Responsible']", new Dictionary<string, string?> { ["responsibleUserId"] = otherRepId });

        Assert.Equal(otherRepId, await ResponsibleOfAsync(id));
        using var landing = await rep.GetAsync(new Uri(response.RedirectTarget(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
    }

    [Fact]
    public async Task A_sales_rep_who_hands_a_contact_over_in_the_edit_form_lands_on_a_page_they_may_see()
    {
        var (rep, repId, otherRepId) = await TwoRepsAsync();
        var id = await ContactBuilder.Person("Edited", "Away").OwnedBy(repId).SaveAsync(factory);
        var form = await rep.GetDocumentAsync($"/Contacts/{id}/Edit");

        using var response = await rep.SaveEditAsync(form, new Dictionary<string, string?> { ["Input.ResponsibleUserId"] = otherRepId });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(otherRepId, await ResponsibleOfAsync(id));
        using var landing = await rep.GetAsync(new Uri(response.RedirectTarget(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
    }

    [Fact]
    public async Task A_sales_rep_who_creates_a_contact_for_someone_else_lands_on_a_page_they_may_see()
    {
        var (rep, _, otherRepId) = await TwoRepsAsync();

        using var response = await rep.CreatePersonAsync(new Dictionary<string, string?> { ["Input.LastName"] = "ForOther", ["Input.ResponsibleUserId"] = otherRepId });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(otherRepId, await factory.WithDbAsync(db => db.Contacts.Where(c => c.LastName == "ForOther").Select(c => c.ResponsibleUserId).SingleAsync()));
        using var landing = await rep.GetAsync(new Uri(response.RedirectTarget(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
    }

    private async Task<(HttpClient Rep, string RepId, string OtherRepId)> TwoRepsAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"rep-{tag}@test.local", Roles.SalesRep);
        var otherRepId = await factory.CreateUserAsync($"other-{tag}@test.local", Roles.SalesRep);
        return (await factory.SignedInClientAsync($"rep-{tag}@test.local"), repId, otherRepId);
    }

    private Task<string?> ResponsibleOfAsync(int id) =>
        factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.ResponsibleUserId).SingleAsync());
}
