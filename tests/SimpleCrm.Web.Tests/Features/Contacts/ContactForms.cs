using System.Globalization;
using AngleSharp.Dom;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Contacts;

/// <summary>Fills the contact form the way a user does.</summary>
internal static class ContactForms
{
    public const string Selector = "form[data-contact-form]";

    public static async Task<HttpResponseMessage> CreatePersonAsync(this HttpClient client, IReadOnlyDictionary<string, string?> fields)
    {
        var form = await client.GetDocumentAsync("/Contacts/New?kind=Person");
        return await client.SubmitAsync(form, Selector, fields);
    }

    public static async Task<HttpResponseMessage> SaveEditAsync(this HttpClient client, IDocument editForm, IReadOnlyDictionary<string, string?> changes) =>
        await client.SubmitAsync(editForm, Selector, changes);

    /// <summary>The contact id of a redirect to its profile ("/Contacts/12").</summary>
    public static int ProfileId(this HttpResponseMessage response)
    {
        var target = response.RedirectTarget();
        Assert.Matches(@"^/Contacts/\d+$", target);
        return int.Parse(target["/Contacts/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>The profile links of the list's rows, in order.</summary>
    public static List<string> RowLinks(this IDocument list) =>
        [.. list.QuerySelectorAll("table.contact-list td.name-cell > a").Select(a => a.GetAttribute("href")!)];
}
