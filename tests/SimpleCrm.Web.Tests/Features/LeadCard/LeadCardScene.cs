using System.Net.Http.Headers;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.LeadCard;

/// <summary>A sales rep with a lead of their own, signed in; and the multipart upload a browser sends.</summary>
internal sealed record LeadCardScene(HttpClient Owner, string OwnerId, int LeadId, string Tag)
{
    public static async Task<LeadCardScene> ArrangeAsync(CrmWebFactory factory)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"card-{tag}@test.local";
        var id = await factory.CreateUserAsync(email, Roles.SalesRep);
        var owner = await factory.SignedInClientAsync(email);
        var leadId = await owner.CreatedLeadAsync("Karta " + tag);
        return new LeadCardScene(owner, id, leadId, tag);
    }

    /// <summary>Another signed-in sales rep, who may not see the scene's lead.</summary>
    public static async Task<HttpClient> StrangerAsync(CrmWebFactory factory)
    {
        var email = $"stranger-{Guid.NewGuid().ToString("N")[..8]}@test.local";
        await factory.CreateUserAsync(email, Roles.SalesRep);
        return await factory.SignedInClientAsync(email);
    }
}

/// <summary>Posts a file the way the upload form does: multipart, with the page's antiforgery token.</summary>
internal static class Uploads
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, string fileName, byte[] content, string? token = null)
    {
        token ??= await client.AntiforgeryTokenAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), HtmlForms.TokenField);
        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }
}
