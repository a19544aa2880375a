using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Support;

/// <summary>Submits the forms of a page as a browser would, and posts with or without an antiforgery token.</summary>
public static class HtmlForms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The fields a browser submits for a form: inputs with a name, checked boxes and radios, selected options, textareas.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            if (element.HasAttribute("disabled"))
            {
                continue;
            }

            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" }:
                    continue;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    fields.Add(new(name, box.GetAttribute("value") ?? "on"));
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.GetAttribute("value") ?? string.Empty));
                    break;
                case IHtmlSelectElement { IsMultiple: true } multiple:
                    // A browser sends every selected option of a multiple select, and nothing when none is.
                    fields.AddRange(multiple.Options.Where(o => o.HasAttribute("selected"))
                        .Select(o => new KeyValuePair<string, string>(name, o.GetAttribute("value") ?? o.TextContent)));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.HasAttribute("selected")) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (option is not null)
                    {
                        fields.Add(new(name, option.GetAttribute("value") ?? option.TextContent));
                    }

                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.TextContent.TrimStart('\n')));
                    break;
            }
        }

        return fields;
    }

    /// <summary>
    /// Submits a form of the page with its current values, the given fields changed (null removes a field)
    /// and any extra fields added, to the form's own action.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        IDocument page,
        string formSelector,
        IReadOnlyDictionary<string, string?>? changes = null,
        IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = FieldsOf(form);
        foreach (var (name, value) in changes ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        fields.AddRange(extra ?? []);
        var action = form.GetAttribute("action");
        var url = string.IsNullOrEmpty(action) ? new Uri(page.Url).PathAndQuery : action;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>
    /// Clicks a submit button that names its form (<c>form="id"</c>) and action (<c>formaction</c>): the
    /// form's fields, the button's own name and value, posted where the button says.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitWithButtonAsync(
        this HttpClient client, IDocument page, string buttonSelector, IReadOnlyDictionary<string, string?>? changes = null)
    {
        var button = page.QuerySelector(buttonSelector) ?? throw new InvalidOperationException($"No button '{buttonSelector}' on {page.Url}.");
        var form = button.GetAttribute("form") is { } formId ? page.GetElementById(formId) : button.Closest("form");
        var fields = FieldsOf(form ?? throw new InvalidOperationException($"The button '{buttonSelector}' has no form."));
        foreach (var (name, value) in changes ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        if (button.GetAttribute("name") is { } buttonName)
        {
            fields.Add(new(buttonName, button.GetAttribute("value") ?? string.Empty));
        }

        var action = button.GetAttribute("formaction") ?? form.GetAttribute("action") ?? new Uri(page.Url).PathAndQuery;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>An antiforgery token for the client's current identity, taken from the language switcher of a page.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl = "/Account/AccessDenied")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        return page.AntiforgeryToken();
    }

    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, string token, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new(TokenField, token)]);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static async Task<HttpResponseMessage> PostWithoutTokenAsync(this HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The text of the validation message shown next to a field ("Input.Emails[0]").</summary>
    public static string? ValidationMessageFor(this IDocument page, string field) =>
        page.QuerySelectorAll("[data-valmsg-for]")
            .FirstOrDefault(e => e.GetAttribute("data-valmsg-for") == field)?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The model-level errors of the validation summary.</summary>
    public static IReadOnlyList<string> SummaryErrors(this IDocument page) =>
        [.. page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim())];

    /// <summary>Where a redirect goes, as path and query ("/Contacts/5"), whether the Location is absolute or not.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No Location header on a {(int)response.StatusCode} response.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The path of a redirect's target, without its query.</summary>
    public static string? RedirectPath(this HttpResponseMessage response) =>
        response.Headers.Location is null ? null : response.RedirectTarget().Split('?')[0];
}
