using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Lists;

/// <summary>What a user does with lists through HTTP, as steps for the tests.</summary>
public static class ListSteps
{
    /// <summary>The URL of a list's own page (the contact list scoped to it).</summary>
    public static string PageOf(int listId) => $"/Contacts?ListIds%5B0%5D={listId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Creates a list through the new-list form; returns its id.</summary>
    public static async Task<int> CreateListAsync(this HttpClient client, CrmWebFactory factory, string name, string? description = null)
    {
        using var response = await client.SubmitAsync(await client.GetDocumentAsync("/Lists/New"), "form[data-testid=list-form]",
            new Dictionary<string, string?> { ["Name"] = name, ["Description"] = description });
        var id = await factory.WithDbAsync(db => db.ContactLists.Where(l => l.Name == name).Select(l => l.Id).SingleAsync());
        Assert.Equal(PageOf(id), response.RedirectTarget());
        return id;
    }

    /// <summary>Puts a contact on a list with the add form of its profile's lists card.</summary>
    public static async Task<HttpResponseMessage> AddToListAsync(this HttpClient client, int contactId, int listId)
    {
        var token = await client.AntiforgeryTokenAsync("/Lists");
        return await client.PostWithTokenAsync($"/Contacts/{contactId}/Lists", token, ("listId", listId.ToString(CultureInfo.InvariantCulture)));
    }
}
