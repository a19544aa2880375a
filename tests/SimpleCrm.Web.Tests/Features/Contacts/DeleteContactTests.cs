using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

/// <summary>Soft delete: a deleted contact disappears for everyone until an admin restores it.</summary>
public sealed class DeleteContactTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Deleting_a_contact_hides_it_from_the_list_and_its_profile()
    {
        var id = await ContactBuilder.Person("Marek", "Usunięty").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var profile = await client.GetDocumentAsync($"/Contacts/{id}");

        using var response = await client.SubmitAsync(profile, $"form[action='/Contacts/{id}/Delete']");

        Assert.Equal("/Contacts", response.RedirectTarget());
        using var gone = await client.GetAsync(new Uri($"/Contacts/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain($"/Contacts/{id}", (await client.GetDocumentAsync("/Contacts?Search=usuniety")).RowLinks());
        var stored = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().SingleAsync(c => c.Id == id));
        Assert.True(stored.IsDeleted);
        Assert.Equal(await UserIdAsync(CrmWebFactory.AdminEmail), stored.DeletedById);
    }

    [Fact]
    public async Task An_admin_restores_a_deleted_contact_from_the_deleted_list()
    {
        var id = await ContactBuilder.Person("Renata", "Przywrócona").SaveAsync(factory);
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var token = await client.AntiforgeryTokenAsync("/Contacts");
        using var deleted = await client.PostWithTokenAsync($"/Contacts/{id}/Delete", token);
        var deletedList = await client.GetDocumentAsync("/Contacts/Deleted");
        Assert.Contains("Renata Przywrócona", deletedList.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(deletedList, $"form[action='/Contacts/{id}/Restore']");

        Assert.Equal($"/Contacts/{id}", response.RedirectTarget());
        using var profile = await client.GetAsync(new Uri($"/Contacts/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Contains($"/Contacts/{id}", (await client.GetDocumentAsync("/Contacts?Search=przywrocona")).RowLinks());
        var listAfter = await client.GetDocumentAsync("/Contacts/Deleted");
        Assert.Null(listAfter.QuerySelector($"form[action='/Contacts/{id}/Restore']"));
    }

    [Fact]
    public async Task A_sales_rep_can_neither_see_the_deleted_list_nor_restore()
    {
        var repId = await factory.CreateUserAsync("rep-restore@test.local", Roles.SalesRep);
        var id = await ContactBuilder.Person("Own", "Deleted").OwnedBy(repId).SaveAsync(factory);
        var rep = await factory.SignedInClientAsync("rep-restore@test.local");
        var token = await rep.AntiforgeryTokenAsync("/Contacts");
        using var deleted = await rep.PostWithTokenAsync($"/Contacts/{id}/Delete", token);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        using var list = await rep.GetAsync(new Uri("/Contacts/Deleted", UriKind.Relative));
        using var restore = await rep.PostWithTokenAsync($"/Contacts/{id}/Restore", token);

        Assert.True(IsDenied(list), $"GET /Contacts/Deleted answered {(int)list.StatusCode} {list.Headers.Location}");
        Assert.True(IsDenied(restore), $"POST Restore answered {(int)restore.StatusCode} {restore.Headers.Location}");
        Assert.True(await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.IsDeleted).SingleAsync()));
    }

    private static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden || response.RedirectPath() == "/Account/AccessDenied";

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }
}
