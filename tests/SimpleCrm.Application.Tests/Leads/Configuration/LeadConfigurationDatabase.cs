using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads.Configuration;

/// <summary>
/// A fresh database with the seeded statuses and sources for each test: the rules are about the whole
/// list (the last Open status, the full order), so tests must not see each other's rows.
/// </summary>
public abstract class LeadConfigurationDatabase : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected TestDatabase Database { get; } = new();

    protected TestUser Admin { get; private set; } = null!;

    protected TestUser Manager { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Admin = TestUser.Admin(await Database.AddUserAsync("admin"));
        Manager = TestUser.Manager(await Database.AddUserAsync("manager"));
        await using var db = Database.Context(new SystemUser());
        await LeadDefaultsSeeder.EnsureAsync(db, None);
    }

    public Task DisposeAsync() => Database.DisposeAsync();

    /// <summary>Adds a lead with the given status and source (the first ones when not given); returns its id.</summary>
    protected async Task<int> AddLeadAsync(int? statusId = null, int? sourceId = null, bool isDeleted = false)
    {
        await using var db = Database.Context(new SystemUser());
        var lead = new Lead
        {
            Name = "Lead " + Guid.NewGuid().ToString("N")[..6],
            StatusId = statusId ?? await db.LeadStatuses.OrderBy(s => s.Position).Select(s => s.Id).FirstAsync(),
            SourceId = sourceId ?? await db.LeadSources.OrderBy(s => s.Position).Select(s => s.Id).FirstAsync(),
            IsDeleted = isDeleted,
            Version = Guid.NewGuid(),
        };
        lead.RefreshDerivedFields();
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        return lead.Id;
    }
}
