using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using SimpleCrm.Web.Features.LeadStatuses;

namespace SimpleCrm.Web.Features.Leads;

/// <summary>How the lead pages word a status, a source and an amount.</summary>
public static class LeadNames
{
    /// <summary>A seeded status or source in the user's language; a name the admin typed as typed.</summary>
    public static string Of(IStringLocalizer localizer, string name, string? resourceKey) =>
        localizer.LeadConfigurationName(name, resourceKey);

    /// <summary>Lets a long address wrap after its "@" instead of widening the table or breaking mid-word.</summary>
    public static IHtmlContent BreakableEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? new StringHtmlContent(email)
            : new HtmlContentBuilder().Append(email[..at]).AppendHtml("<wbr>").Append(email[at..]);
    }

    /// <summary>"12 000,50 PLN" in Polish, "12,000.50 PLN" in English; empty when no amount.</summary>
    public static string Amount(decimal? amount, string? currency) =>
        amount is { } value ? $"{value.ToString("N2", CultureInfo.CurrentCulture)} {currency}".TrimEnd() : string.Empty;
}
