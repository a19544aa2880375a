using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Application.Tests.TaskTemplates;

/// <summary>Shortcuts of the automation tests: a template through the real admin service, a lead's tasks and log lines, a status change.</summary>
internal static class AutomationScene
{
    private static readonly TestUser Admin = TestUser.Admin("automation-scene-admin");

    /// <summary>Seeds the default lead statuses and sources (once per database) and answers the statuses' ids by key.</summary>
    public static async Task<Dictionary<string, int>> SeededStatusesAsync(this TestDatabase database)
    {
        await using (var db = database.Context(new SystemUser()))
        {
            await SimpleCrm.Application.Leads.LeadDefaultsSeeder.EnsureAsync(db, CancellationToken.None);
        }

        return await database.LeadStatusIdsAsync();
    }

    public static async Task<int> AddTemplateAsync(this TestDatabase database, string name, int statusId, Action<TaskTemplateInput>? more = null)
    {
        var input = new TaskTemplateInput { Name = name, Title = name + " task", LeadStatusIds = [statusId] };
        more?.Invoke(input);
        await using var db = database.Context(Admin);
        var result = await TestDatabase.TaskTemplates(db, Admin).CreateAsync(input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }

    public static async Task<List<CrmTask>> LeadTasksAsync(this TestDatabase database, int leadId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Tasks.AsNoTracking().Where(t => t.RecordType == HistoryRecordTypes.Lead && t.RecordId == leadId).OrderBy(t => t.Id).ToListAsync();
    }

    public static async Task<List<string?>> AutomationLogAsync(this TestDatabase database, string recordType, int recordId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.History.AsNoTracking()
            .Where(h => h.RecordType == recordType && h.RecordId == recordId && h.Action == TaskAutomation.AutomationTaskCreated)
            .OrderBy(h => h.Id).Select(h => h.Details).ToListAsync();
    }

    public static async Task<Guid> LeadVersionAsync(this TestDatabase database, int leadId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Leads.Where(l => l.Id == leadId).Select(l => l.Version).SingleAsync();
    }

    /// <summary>The status dropdown of the card, guarded by the lead's current version.</summary>
    public static async Task<Result> MoveLeadAsync(this TestDatabase database, ICurrentUser user, int leadId, int statusId)
    {
        var version = await database.LeadVersionAsync(leadId);
        await using var db = database.Context(user);
        return await database.LeadCommands(db, user).ChangeStatusAsync(leadId, statusId, version, CancellationToken.None);
    }

    public static string Log(string template, string title, bool fellBack = false) =>
        template + TaskAutomation.Separator + title + (fellBack ? TaskAutomation.Separator + TaskAutomation.FellBackMark : string.Empty);
}
