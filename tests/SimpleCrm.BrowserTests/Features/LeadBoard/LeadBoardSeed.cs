using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.TestSupport;

namespace SimpleCrm.BrowserTests.Features.LeadBoard;

/// <summary>Leads put straight into the database, in PLN, owned by the admin, ranked in the order given.</summary>
internal static class LeadBoardSeed
{
    public static Task<List<int>> SeedLeadsAsync(this CrmWebFactory factory, params (string Name, string Company, decimal Amount, string StatusKey)[] leads) =>
        factory.WithDbAsync(async db =>
        {
            var statuses = await db.LeadStatuses.ToDictionaryAsync(s => s.ResourceKey ?? s.Name, s => s.Id);
            var sourceId = await db.LeadSources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            var adminId = await db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync();
            var rank = 0L;
            var added = new List<Lead>();
            foreach (var (name, company, amount, statusKey) in leads)
            {
                var lead = new Lead
                {
                    Name = name,
                    CompanyName = company,
                    EstimatedAmount = amount,
                    Currency = "PLN",
                    StatusId = statuses[statusKey],
                    SourceId = sourceId,
                    ResponsibleUserId = adminId,
                    KanbanRank = rank += 1000,
                };
                lead.RefreshDerivedFields();
                added.Add(lead);
            }

            db.Leads.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(l => l.Id).ToList();
        });

    /// <summary>What another user's save does to the lead's concurrency token.</summary>
    public static Task<int> ChangeBehindTheBoardAsync(this CrmWebFactory factory, int id) =>
        factory.WithDbAsync(db => db.Leads.Where(l => l.Id == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.Version, Guid.NewGuid())));
}
