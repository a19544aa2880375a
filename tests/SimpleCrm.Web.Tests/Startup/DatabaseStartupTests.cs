using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Startup;

public sealed class DatabaseStartupTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Start_up_migrates_a_new_SQLite_file_into_WAL_mode()
    {
        var client = factory.CreateBrowserlikeClient();

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var journalMode = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        var pending = await factory.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("wal", Assert.Single(journalMode));
        Assert.Empty(pending);
    }
}
