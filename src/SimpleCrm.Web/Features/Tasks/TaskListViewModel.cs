using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.Tasks;

/// <summary>The /Tasks page: its filters, its sections, the users to filter by and today's date for the quick add.</summary>
public sealed record TaskListViewModel(TaskListQuery Query, IReadOnlyList<TaskSection> Sections, IReadOnlyList<UserOption> Users, string Today, string ReturnUrl)
{
    /// <summary>The query's values as link parameters, with one section (or none: the overview) and page.</summary>
    public Dictionary<string, string> Link(TaskSectionKind? section, int page = 1)
    {
        var values = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(Query.Assignee))
        {
            values["Assignee"] = Query.Assignee;
        }

        if (Query.Record != TaskRecordFilter.Any)
        {
            values["Record"] = Query.Record.ToString();
        }

        if (Query.Priority is { } priority)
        {
            values["Priority"] = priority.ToString();
        }

        if (Query.Sort != TaskSort.Due)
        {
            values["Sort"] = Query.Sort.ToString();
        }

        if (section is { } kind)
        {
            values["Section"] = kind.ToString();
            values["Page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }
}
