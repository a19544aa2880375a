using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Data.Sqlite;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The "physical limit" of a list page: the count and the page written by hand as the best SQL
/// SQLite has for them, run with ADO.NET on one open connection with prepared statements, and the
/// rows rendered into a bare HTML table. What the ratio shows is what HTTP, auth, EF Core and Razor
/// add on top, or a query of the app's that is slower than it needs to be.
/// </summary>
internal sealed class RawBaseline : IDisposable
{
    private const string Columns = """
        r."Id", r."Kind", r."DisplayName", r."CompanyName", r."CompanyId",
        (SELECT e."Address" FROM "ContactEmails" AS e WHERE e."ContactId" = r."Id" ORDER BY e."Position" LIMIT 1),
        (SELECT p."Number" FROM "ContactPhones" AS p WHERE p."ContactId" = r."Id" ORDER BY p."Position" LIMIT 1),
        u."DisplayName", r."CreatedAt"
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _page;
    private readonly int _pageSize;
    private readonly int _requestedPage;

    /// <summary>A baseline for the admin's list, or, given a rep, for the contacts the rep sees.</summary>
    public RawBaseline(string databasePath, ContactListQuery query, SalesRepView? rep = null)
    {
        _pageSize = query.PageSize;
        _requestedPage = query.Page;
        _connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        _connection.Open();

        // Counting reads a whole index (or, with a fragment, the whole table) whatever the form of
        // the soft-delete condition; the page's walk needs it as an equality to seek the sort index
        // led by IsDeleted. With a fragment, SQLite's best plan is one sequential scan, which the
        // NOT form gives (an equality there makes it walk the index with a row lookup per contact).
        var where = "NOT (c.\"IsDeleted\")";
        var walk = "c.\"IsDeleted\" = 0";
        string? pattern = null;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where += " AND c.\"SearchText\" LIKE $pattern ESCAPE '\\'";
            walk = where;
            pattern = LikePattern.Contains(TextFolding.Fold(query.Search));
        }

        if (rep is not null)
        {
            // The visibility rule as the app sends it: owner, or one of the rep's classes (a constant list).
            var visible = $" AND (c.\"ResponsibleUserId\" = '{rep.UserId}'"
                + (rep.ClassIds.Count == 0 ? ")" : $" OR c.\"AccessClassId\" IN ({string.Join(',', rep.ClassIds)}))");
            where += visible;
            walk += visible;
        }

        _count = Prepare($"SELECT COUNT(*) FROM \"Contacts\" AS c WHERE {where};", pattern);

        // The page's ids first, then the row columns of those 25 only (a deferred join, as the app
        // does in two round trips): joining the user of each skipped row would cost a deep page dearly.
        _page = Prepare(
            $"""
            SELECT {Columns}
            FROM "Contacts" AS r LEFT JOIN "AspNetUsers" AS u ON u."Id" = r."ResponsibleUserId"
            WHERE r."Id" IN (
                SELECT c."Id" FROM "Contacts" AS c
                WHERE {walk}
                ORDER BY {OrderBy("c", query.Sort, query.Descending)}
                LIMIT $take OFFSET $skip)
            ORDER BY {OrderBy("r", query.Sort, query.Descending)};
            """,
            pattern);
    }

    /// <summary>The total count of the last run, to check the app and the baseline agree.</summary>
    public int Total { get; private set; }

    /// <summary>The ids of the last page, in order, to check the app lists the same contacts.</summary>
    public IReadOnlyList<int> Ids { get; private set; } = [];

    public string Html { get; private set; } = string.Empty;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Total = Convert.ToInt32(await _count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var pageCount = Math.Max(1, (Total + _pageSize - 1) / _pageSize);
        var page = Math.Clamp(_requestedPage, 1, pageCount);
        _page.Parameters["$take"].Value = _pageSize;
        _page.Parameters["$skip"].Value = (page - 1) * _pageSize;

        var ids = new List<int>(_pageSize);
        var html = new StringBuilder(16 * 1024);
        html.Append("<table><tbody>");
        await using (var reader = await _page.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt32(0));
                html.Append("<tr><td><a href=\"/Contacts/").Append(ids[^1]).Append("\">");
                Cell(html, reader.GetString(2)).Append("</a>");
                if (reader.GetInt32(1) == (int)ContactKind.Company)
                {
                    html.Append(" <span>Company</span>");
                }

                html.Append("</td><td>");
                Cell(html, reader.IsDBNull(3) ? null : reader.GetString(3)).Append("</td><td>");
                Cell(html, reader.IsDBNull(5) ? null : reader.GetString(5)).Append("</td><td>");
                Cell(html, reader.IsDBNull(6) ? null : reader.GetString(6)).Append("</td><td>");
                Cell(html, reader.IsDBNull(7) ? null : reader.GetString(7)).Append("</td><td>");
                html.Append(reader.GetDateTime(8).ToString("d", CultureInfo.CurrentCulture)).Append("</td></tr>");
            }
        }

        html.Append("</tbody></table><nav>").Append(page).Append(" / ").Append(pageCount).Append("</nav>");
        Html = html.ToString();
        Ids = ids;
    }

    public void Dispose()
    {
        _count.Dispose();
        _page.Dispose();
        _connection.Dispose();
    }

    private static string OrderBy(string alias, ContactSort sort, bool descending)
    {
        var key = sort switch
        {
            ContactSort.Name => "\"NameKey\"",
            ContactSort.Company => "\"CompanyKey\"",
            ContactSort.Created => "\"CreatedAt\"",
            _ => throw new NotSupportedException($"The raw baseline has no query for sorting by {sort}."),
        };
        var direction = descending ? " DESC" : string.Empty;
        return $"{alias}.{key}{direction}, {alias}.\"Id\"{direction}";
    }

    private static StringBuilder Cell(StringBuilder html, string? text) =>
        text is null ? html : html.Append(HtmlEncoder.Default.Encode(text));

    private SqliteCommand Prepare(string sql, string? pattern)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        if (pattern is not null)
        {
            command.Parameters.AddWithValue("$pattern", pattern);
        }

        if (sql.Contains("$take", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$take", 0);
            command.Parameters.AddWithValue("$skip", 0);
        }

        command.Prepare();
        return command;
    }
}
