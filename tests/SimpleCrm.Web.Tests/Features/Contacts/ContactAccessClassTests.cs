using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

/// <summary>A contact's access class on the form, the profile and the list; only Admin and Manager set it.</summary>
public sealed class ContactAccessClassTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task An_admin_sets_the_class_on_the_form_and_the_profile_and_list_show_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var classId = await AccessClassBuilder.SaveAsync(factory, "Region North " + tag);
        var id = await ContactBuilder.Person("Jonas", "Klasė" + tag).SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var form = await admin.GetDocumentAsync($"/Contacts/{id}/Edit");

        using var response = await admin.SaveEditAsync(form, new Dictionary<string, string?> { ["Input.AccessClassId"] = classId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(id, response.ProfileId());
        var profile = await admin.GetDocumentAsync($"/Contacts/{id}");
        var list = await admin.GetDocumentAsync($"/Contacts?Search=Klasė{tag}");
        Assert.Equal("Region North " + tag, profile.QuerySelector("[data-access-class]")?.TextContent.Trim());
        Assert.Equal("Region North " + tag, list.QuerySelector("td.name-cell [data-access-class]")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_sales_reps_form_does_not_offer_the_class_and_posting_it_changes_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"classless-{tag}@test.local", Roles.SalesRep);
        var classId = await AccessClassBuilder.SaveAsync(factory, "Blacklist " + tag);
        var id = await ContactBuilder.Person("Own", "Contact" + tag).OwnedBy(repId).SaveAsync(factory);
        var rep = await factory.SignedInClientAsync($"classless-{tag}@test.local");
        var form = await rep.GetDocumentAsync($"/Contacts/{id}/Edit");

        using var response = await rep.SaveEditAsync(form, new Dictionary<string, string?> { ["Input.AccessClassId"] = classId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Null(form.QuerySelector("[name='Input.AccessClassId']"));
        Assert.Equal(id, response.ProfileId());
        Assert.Null(await factory.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.AccessClassId).SingleAsync()));
    }
}
