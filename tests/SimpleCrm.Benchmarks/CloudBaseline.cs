using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Data.Sqlite;
using SimpleCrm.Application.Tags;

namespace SimpleCrm.Benchmarks;

/// <summary>
/// The tag cloud's "physical limit" for a user who sees every contact: the GROUP BY written by hand,
/// run with ADO.NET on one open connection, the tags rendered into a bare list. Every tag row but
/// those of deleted contacts: joining each row to its contact instead costs ~10 times more.
/// </summary>
internal sealed class CloudBaseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _cloud;

    public CloudBaseline(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        _connection.Open();
        _cloud = _connection.CreateCommand();
        _cloud.CommandText = $"""
            SELECT t."Name", g."Uses"
            FROM (
                SELECT ct."TagId", COUNT(*) AS "Uses"
                FROM "ContactTags" AS ct
                WHERE ct."ContactId" NOT IN (SELECT c."Id" FROM "Contacts" AS c WHERE c."IsDeleted" = 1)
                GROUP BY ct."TagId"
                ORDER BY "Uses" DESC, ct."TagId"
                LIMIT {TagQueries.CloudSize.ToString(CultureInfo.InvariantCulture)}) AS g
            JOIN "Tags" AS t ON t."Id" = g."TagId"
            ORDER BY t."NameKey";
            """;
        _cloud.Prepare();
    }

    /// <summary>How many tags the last run put in the cloud, to check the app shows as many.</summary>
    public int Total { get; private set; }

    public string Html { get; private set; } = string.Empty;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var html = new StringBuilder(4 * 1024).Append("<ul>");
        var total = 0;
        await using (var reader = await _cloud.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                total++;
                html.Append("<li><a href=\"/Contacts?tag=").Append(UrlEncoder.Default.Encode(reader.GetString(0))).Append("\">")
                    .Append(HtmlEncoder.Default.Encode(reader.GetString(0))).Append("</a> ").Append(reader.GetInt32(1)).Append("</li>");
            }
        }

        Html = html.Append("</ul>").ToString();
        Total = total;
    }

    public void Dispose()
    {
        _cloud.Dispose();
        _connection.Dispose();
    }
}
