namespace SimpleCrm.Web.Shared;

/// <summary>
/// The counts of the navigation bar (overdue tasks, unread reminders): the layout shows each twice
/// (beside the menu button on phones, in the menu on wider screens), so each is read once per request
/// and kept in the request's items.
/// </summary>
public static class NavCounts
{
    public static async Task<int> OncePerRequestAsync(this HttpContext context, string key, Func<CancellationToken, Task<int>> count)
    {
        if (context.Items[key] is not int value)
        {
            value = await count(context.RequestAborted);
            context.Items[key] = value;
        }

        return value;
    }
}
