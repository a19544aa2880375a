using Microsoft.Extensions.Localization;

namespace SimpleCrm.Web.Features.LeadStatuses;

/// <summary>How a lead status or source reads: a seeded one in the user's language until an admin renames it, a typed one as typed.</summary>
public static class LeadConfigurationText
{
    public static string LeadConfigurationName(this IStringLocalizer localizer, string name, string? resourceKey)
    {
        if (resourceKey is null)
        {
            return name;
        }

        var text = localizer[resourceKey];
        return text.ResourceNotFound ? name : text.Value;
    }
}
