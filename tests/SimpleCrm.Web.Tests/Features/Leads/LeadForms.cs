using System.Globalization;
using AngleSharp.Dom;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Leads;

/// <summary>Fills the lead form, presses its buttons and the list's status dropdown the way a user does.</summary>
internal static class LeadForms
{
    public const string Selector = "form[data-lead-form]";

    public static async Task<HttpResponseMessage> CreateLeadAsync(this HttpClient client, IReadOnlyDictionary<string, string?> fields)
    {
        var form = await client.GetDocumentAsync("/Leads/New");
        return await client.SubmitAsync(form, Selector, fields);
    }

    /// <summary>Creates a lead through the form and answers its id.</summary>
    public static async Task<int> CreatedLeadAsync(this HttpClient client, string name, IReadOnlyDictionary<string, string?>? more = null)
    {
        var fields = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>()) { ["Input.Name"] = name };
        using var response = await client.CreateLeadAsync(fields);
        return response.CardId();
    }

    /// <summary>Presses a submit button of the page's lead form: the form's fields and the button's own name and value.</summary>
    public static Task<HttpResponseMessage> PressAsync(this HttpClient client, IDocument page, string buttonSelector)
    {
        var button = page.QuerySelector($"{Selector} {buttonSelector}") ?? throw new InvalidOperationException($"No button '{buttonSelector}' in the lead form.");
        return client.SubmitAsync(page, Selector, extra: [new(button.GetAttribute("name")!, button.GetAttribute("value")!)]);
    }

    /// <summary>The lead id of a redirect to its card ("/Leads/12").</summary>
    public static int CardId(this HttpResponseMessage response)
    {
        var target = response.RedirectTarget();
        Assert.Matches(@"^/Leads/\d+$", target);
        return int.Parse(target["/Leads/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>The status form of the list row that links to the lead.</summary>
    public static string RowStatusSelector(int id) => $"form[data-testid=row-status][action='/Leads/{id}/Status']";

    /// <summary>Picks a status in a row's dropdown by its shown text, as the auto-submitting select does.</summary>
    public static async Task<HttpResponseMessage> ChangeRowStatusAsync(this HttpClient client, IDocument list, int id, string statusText)
    {
        var form = list.QuerySelector(RowStatusSelector(id)) ?? throw new InvalidOperationException($"No status form for lead {id}.");
        var option = form.QuerySelectorAll("select[name=statusId] option").Single(o => o.TextContent.Trim() == statusText);
        return await client.SubmitAsync(list, RowStatusSelector(id), new Dictionary<string, string?> { ["statusId"] = option.GetAttribute("value") });
    }

    /// <summary>The card links of the list's rows, in order.</summary>
    public static List<string> RowLinks(this IDocument list) =>
        [.. list.QuerySelectorAll("table.lead-list td.name-cell > a").Select(a => a.GetAttribute("href")!)];
}
