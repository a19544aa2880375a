using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.TaskTemplates;

/// <summary>
/// Template firing for a mass status change (or deals added in bulk to a stage): per attached template and batch of leads, three
/// INSERT ... SELECT statements (the firings, then from them the tasks and the log lines), no round
/// trip per lead. Runs inside the batch's transaction before the UPDATE that moves the leads, so each
/// lead's version is still the one the transition starts from. The rules are those of
/// <see cref="TaskAutomation"/>: leads already in the status do not fire, nor leads the template fired
/// on within the bounce window, nor a transition another request fired already.
/// </summary>
public static class TaskAutomationBatch
{
    public static async Task<int> FireForLeadsAsync(
        CrmDbContext db, IReadOnlyCollection<int> leadIds, int statusId, string? userId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (leadIds.Count == 0)
        {
            return 0;
        }

        var templates = await TaskAutomation.TemplatesOfLeadStatus(db, statusId).ToListAsync(cancellationToken);
        string L(string property) => SetBasedInsert.ColumnOf<Lead>(db, property);

        // A lead already in the status does not enter it; a lead's transition is the version it moves from.
        var leads = new Target(
            HistoryRecordTypes.Lead, SetBasedInsert.TableOf<Lead>(db), L("Id"), L(nameof(Lead.ResponsibleUserId)),
            $"AND l.{L(nameof(Lead.StatusId))} <> {{3}}", $"l.{L(nameof(Lead.Version))}", L(nameof(Lead.Version)));
        return await FireAsync(db, leads, leadIds, statusId, templates, userId, clock, cancellationToken);
    }

    /// <summary>
    /// Fires the templates of <paramref name="stageId"/> for deals just created in it by
    /// <see cref="DealBatchInsert"/> (same transaction): new deals are not "already there", and their
    /// transition is <see cref="Guid.Empty"/>, as for one deal created in a stage; the bounce window and
    /// the firing index still hold.
    /// </summary>
    public static async Task<int> FireForDealsAsync(
        CrmDbContext db, IReadOnlyCollection<int> dealIds, int stageId, string? userId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (dealIds.Count == 0)
        {
            return 0;
        }

        var templates = await TaskAutomation.TemplatesOfStage(db, stageId).ToListAsync(cancellationToken);
        string D(string property) => SetBasedInsert.ColumnOf<Deal>(db, property);
        var deals = new Target(HistoryRecordTypes.Deal, SetBasedInsert.TableOf<Deal>(db), D("Id"), D(nameof(Deal.ResponsibleUserId)), string.Empty, "{5}", null);
        return await FireAsync(db, deals, dealIds, stageId, templates, userId, clock, cancellationToken);
    }

    private static async Task<int> FireAsync(
        CrmDbContext db, Target target, IReadOnlyCollection<int> recordIds, int statusOrStageId, List<FiredTemplate> templates, string? userId,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (templates.Count == 0)
        {
            return 0;
        }

        var specificIds = templates.Select(t => t.AssigneeId).OfType<string>().Distinct().ToList();
        var activeSpecific = await db.Users.AsNoTracking().Where(u => specificIds.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
        var calendar = TaskCalendar.At(clock);
        var names = new Names(db);
        var ids = string.Join(',', recordIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var created = 0;
        foreach (var template in templates)
        {
            // {0} template, {1} record type, {2} now, {3} status or stage, {4} bounce window start, {5} a new record's transition.
            var fire =
                $"INSERT INTO {names.Firings} ({names.Firing(nameof(TaskTemplateFiring.TaskTemplateId))}, {names.Firing(nameof(TaskTemplateFiring.RecordType))}, " +
                $"{names.Firing(nameof(TaskTemplateFiring.RecordId))}, {names.Firing(nameof(TaskTemplateFiring.TransitionKey))}, {names.Firing(nameof(TaskTemplateFiring.At))}) " +
                $"SELECT {{0}}, {{1}}, l.{target.Id}, {target.Key}, {{2}} FROM {target.Table} l " +
                $"WHERE l.{target.Id} IN ({ids}) {target.Filter} " +
                $"AND NOT EXISTS (SELECT 1 FROM {names.Firings} x WHERE x.{names.Firing(nameof(TaskTemplateFiring.TaskTemplateId))} = {{0}} " +
                $"AND x.{names.Firing(nameof(TaskTemplateFiring.RecordType))} = {{1}} AND x.{names.Firing(nameof(TaskTemplateFiring.RecordId))} = l.{target.Id} " +
                $"AND (x.{names.Firing(nameof(TaskTemplateFiring.At))} >= {{4}} OR x.{names.Firing(nameof(TaskTemplateFiring.TransitionKey))} = {target.Key}))";
            await db.Database.ExecuteSqlRawAsync(
                fire, [template.Id, target.Type, calendar.Now, statusOrStageId, calendar.Now - TaskAutomation.BounceWindow, Guid.Empty], cancellationToken);

            // The records this template just fired on: its firings of now (for a lead, whose version is still the lead's;
            // a new deal has one firing per template at most within the bounce window).
            var keyJoin = target.VersionColumn is { } version ? $"AND l.{version} = f.{names.Firing(nameof(TaskTemplateFiring.TransitionKey))} " : string.Empty;
            var fired = $"FROM {names.Firings} f JOIN {target.Table} l ON l.{target.Id} = f.{names.Firing(nameof(TaskTemplateFiring.RecordId))} " +
                keyJoin +
                $"LEFT JOIN {names.Users} r ON r.{names.User("Id")} = l.{target.Responsible} AND r.{names.User(nameof(AppUser.IsActive))} = {{2}} " +
                $"WHERE f.{names.Firing(nameof(TaskTemplateFiring.TaskTemplateId))} = {{0}} AND f.{names.Firing(nameof(TaskTemplateFiring.RecordType))} = {{1}} " +
                $"AND f.{names.Firing(nameof(TaskTemplateFiring.At))} = {{3}} AND f.{names.Firing(nameof(TaskTemplateFiring.RecordId))} IN ({ids})";
            var specificActive = template.AssigneeId is { } specific && activeSpecific.Contains(specific);
            var fellBack = template.AssigneeRule == TaskTemplateAssigneeRule.SpecificUser && !specificActive;

            // {4} the user who made the change, {5} the template's user: the same rules as one lead's firing.
            var assignee = template.AssigneeRule switch
            {
                TaskTemplateAssigneeRule.SpecificUser when specificActive => "{5}",
                TaskTemplateAssigneeRule.ChangingUser => $"COALESCE({{4}}, r.{names.User("Id")})",
                _ => $"COALESCE(r.{names.User("Id")}, {{4}})",
            };
            var (dueAt, hasTime) = template.DueFrom(calendar);
            object?[] common = [template.Id, target.Type, true, calendar.Now, userId, template.AssigneeId];
            var tasks =
                $"INSERT INTO {names.Tasks} ({names.Task(nameof(CrmTask.Title))}, {names.Task(nameof(CrmTask.Text))}, {names.Task(nameof(CrmTask.DueAt))}, " +
                $"{names.Task(nameof(CrmTask.DueHasTime))}, {names.Task(nameof(CrmTask.Priority))}, {names.Task(nameof(CrmTask.AssigneeId))}, {names.Task(nameof(CrmTask.Status))}, " +
                $"{names.Task(nameof(CrmTask.RecordType))}, {names.Task(nameof(CrmTask.RecordId))}, {names.Task(nameof(CrmTask.CreatedAt))}, {names.Task(nameof(CrmTask.CreatedById))}, " +
                $"{names.Task(nameof(CrmTask.UpdatedAt))}, {names.Task(nameof(CrmTask.UpdatedById))}) " +
                $"SELECT {{6}}, {{7}}, {{8}}, {{9}}, {{10}}, {assignee}, {{11}}, {{1}}, l.{target.Id}, {{3}}, {{4}}, {{3}}, {{4}} {fired} AND {assignee} IS NOT NULL";
            created += await db.Database.ExecuteSqlRawAsync(tasks, Values([.. common, template.Title, template.Text, dueAt, hasTime, (int)template.Priority, (int)CrmTaskStatus.Open]), cancellationToken);
            var lines =
                $"INSERT INTO {names.History} ({names.Line(nameof(HistoryEntry.RecordType))}, {names.Line(nameof(HistoryEntry.RecordId))}, {names.Line(nameof(HistoryEntry.Action))}, " +
                $"{names.Line(nameof(HistoryEntry.Details))}, {names.Line(nameof(HistoryEntry.At))}, {names.Line(nameof(HistoryEntry.UserId))}) " +
                $"SELECT {{1}}, l.{target.Id}, {{6}}, {{7}}, {{3}}, {{4}} {fired} AND {assignee} IS NOT NULL";
            await db.Database.ExecuteSqlRawAsync(lines, Values([.. common, TaskAutomation.AutomationTaskCreated, template.LogDetails(fellBack)]), cancellationToken);
        }

        return created;
    }

    // Nulls (no text, no user) go in as they are: EF binds a null raw-SQL argument as a database null.
    private static object[] Values(object?[] values) => values!;

    /// <summary>
    /// The kind of record fired on, as the statements read it: its table and columns, what "not already
    /// there" means (<see cref="Filter"/>) and the transition key (<see cref="Key"/>, an SQL expression).
    /// </summary>
    private sealed record Target(string Type, string Table, string Id, string Responsible, string Filter, string Key, string? VersionColumn);

    /// <summary>The quoted table and column names the statements use, read from the model.</summary>
    private sealed class Names(CrmDbContext db)
    {
        public string Firings { get; } = SetBasedInsert.TableOf<TaskTemplateFiring>(db);

        public string Tasks { get; } = SetBasedInsert.TableOf<CrmTask>(db);

        public string History { get; } = SetBasedInsert.TableOf<HistoryEntry>(db);

        public string Users { get; } = SetBasedInsert.TableOf<AppUser>(db);

        public string Firing(string property) => SetBasedInsert.ColumnOf<TaskTemplateFiring>(db, property);

        public string Task(string property) => SetBasedInsert.ColumnOf<CrmTask>(db, property);

        public string Line(string property) => SetBasedInsert.ColumnOf<HistoryEntry>(db, property);

        public string User(string property) => SetBasedInsert.ColumnOf<AppUser>(db, property);
    }
}
