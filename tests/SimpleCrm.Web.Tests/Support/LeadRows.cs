using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Support;

/// <summary>Leads written straight to the database in the first status and source, for tests about what is done with them.</summary>
public static class LeadRows
{
    public static Task<int> AddLeadAsync(this CrmWebFactory factory, string name, string responsibleId, Action<Lead>? more = null) =>
        factory.WithDbAsync(async db =>
        {
            var lead = new Lead
            {
                Name = name, StatusId = await db.LeadStatuses.Select(s => s.Id).FirstAsync(),
                SourceId = await db.LeadSources.Select(s => s.Id).FirstAsync(), ResponsibleUserId = responsibleId,
            };
            more?.Invoke(lead);
            lead.RefreshDerivedFields();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return lead.Id;
        });
}
